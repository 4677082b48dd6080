/** A link into the agent portal, in a new tab; plain text when the portal's address is unknown. */
import type { ReactNode } from 'react';

export function PortalLink({ href, children, name }: { href: string | undefined; children: ReactNode; name: string }) {
  if (href === undefined) return <span data-link={name}>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-link={name}>
      {children}
    </a>
  );
}
