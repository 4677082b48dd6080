/**
 * Stand-ins for the Crayons React wrappers in jsdom (jest.config.js maps `@freshworks/crayons/react/*` here):
 * plain elements with the props and events the sidebar uses (fwClick, fwInput), marked `data-crayons` with the
 * tag they stand for. The real components run in chromium (test/browser).
 */
import type { ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode; className?: string };

const pass = (p: Props) => ({ className: p.className, 'data-action': p['data-action'] as string | undefined, id: p.id as string | undefined });

export function FwButton(p: Props) {
  const onFwClick = p.onFwClick as (() => void) | undefined;
  return (
    <button type="button" data-crayons="fw-button" data-color={p.color as string} disabled={p.disabled === true} aria-busy={p.loading === true} onClick={() => onFwClick?.()} {...pass(p)}>
      {p.children}
    </button>
  );
}

export function FwLabel(p: Props) {
  return (
    <span data-crayons="fw-label" data-color={p.color as string} {...pass(p)}>
      {p.value as string}
    </span>
  );
}

export function FwSpinner(p: Props) {
  return <span data-crayons="fw-spinner" role="progressbar" {...pass(p)} />;
}
