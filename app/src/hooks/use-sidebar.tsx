/** The SidebarPort in React context: fdk/ClientProvider.tsx provides the real one, tests a fake. */
import { createContext, useContext, type ReactNode } from 'react';
import type { SidebarPort } from '../port';

// No default value, so useSidebar() outside a provider throws instead of handing out a half-port.
const PortContext = createContext<SidebarPort | undefined>(undefined);

export function PortProvider({ port, children }: { port: SidebarPort; children: ReactNode }) {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

export function useSidebar(): SidebarPort {
  const port = useContext(PortContext);
  if (!port) throw new Error('useSidebar must be used within a ClientProvider (or a PortProvider in tests)');
  return port;
}
