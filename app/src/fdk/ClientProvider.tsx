/**
 * Provides the SidebarPort boot.ts made once the platform client is there (`app.initialized()`, docs/platform.md
 * "Front end: bootstrapping and the frame"). The port is usually ready before React renders: then it is provided at
 * the first render. Until then a loading state; without a platform, an error that says so.
 */
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { ErrorState, LoadingState } from '../components/States';
import { PortProvider } from '../hooks/use-sidebar';
import type { SidebarPort } from '../port';
import type { BootSlot } from './boot-slot';

type Connection = { state: 'connecting' } | { state: 'ready'; port: SidebarPort } | { state: 'failed'; message: string };

export function ClientProvider({ boot, children }: { boot: BootSlot; children: ReactNode }) {
  const [connection, setConnection] = useState<Connection>(() => (boot.port ? { state: 'ready', port: boot.port } : { state: 'connecting' }));
  useLayoutEffect(() => {
    if (boot.port) return undefined;
    let live = true;
    boot.ready.then(
      (port) => live && setConnection({ state: 'ready', port }),
      (error: unknown) => live && setConnection({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [boot]);
  if (connection.state === 'connecting') return <LoadingState words="Connecting to Freshdesk…" />;
  if (connection.state === 'failed') return <ErrorState words={connection.message} />;
  return <PortProvider port={connection.port}>{children}</PortProvider>;
}
