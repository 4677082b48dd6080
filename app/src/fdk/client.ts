/**
 * The only module that names the platform's `app` global and its `client` (fdk-platform.md §5.1).
 * Components get a SidebarPort, never the client.
 */
export interface FdkClient {
  data: { get(name: string): Promise<Record<string, unknown>> };
  instance: { resize(size: { height: string }): unknown };
}

declare global {
  interface Window {
    app?: { initialized(): Promise<FdkClient> };
  }
}

export interface SidebarPort {
  ticketId(): Promise<number | undefined>;
  resize(heightPx: number): void;
}

/** Resolves the client once; `app` is absent when the page is opened outside the platform. */
export async function connectSidebar(): Promise<SidebarPort> {
  if (!window.app) throw new Error('This page must be opened by the Freshdesk app platform');
  const client = await window.app.initialized();
  return {
    async ticketId() {
      const { ticket } = await client.data.get('ticket');
      const id = (ticket as { id?: unknown } | undefined)?.id;
      return typeof id === 'number' ? id : undefined;
    },
    // Sidebar apps may be at most 700 px tall (fdk-platform.md §5.1).
    resize: (heightPx) => void client.instance.resize({ height: `${Math.min(heightPx, 700)}px` }),
  };
}
