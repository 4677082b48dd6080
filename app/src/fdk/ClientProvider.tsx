/**
 * Resolves the platform client once (`app.initialized()`, docs/platform.md "Front end: bootstrapping and the frame"),
 * wraps it in the SidebarPort and provides that to the app. Until then a loading state; without a platform, an error
 * that says so.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorState, LoadingState } from '../components/States';
import { PortProvider } from '../hooks/use-sidebar';
import type { SidebarPort } from '../port';
import { initializeClient } from './client';
import { createSidebarPort } from './sidebar-port';

type Connection = { state: 'connecting' } | { state: 'ready'; port: SidebarPort } | { state: 'failed'; message: string };

export function ClientProvider({ children }: { children: ReactNode }) {
  const [connection, setConnection] = useState<Connection>({ state: 'connecting' });
  useEffect(() => {
    let live = true;
    initializeClient().then(
      (client) => live && setConnection({ state: 'ready', port: createSidebarPort(client) }),
      (error: unknown) => live && setConnection({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  if (connection.state === 'connecting') return <LoadingState words="Connecting to Freshdesk…" />;
  if (connection.state === 'failed') return <ErrorState words={connection.message} />;
  return <PortProvider port={connection.port}>{children}</PortProvider>;
}
