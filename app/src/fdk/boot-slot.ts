/**
 * Where boot.ts leaves the port for main.tsx: the two sidebar scripts are separate bundles (boot.js is small and
 * runs while sidebar.js still downloads), so the port crosses on `window`. `port` is set once it is ready, so the
 * first render need not wait a promise turn.
 */
import type { SidebarPort } from '../port';

export interface BootSlot {
  ready: Promise<SidebarPort>;
  port?: SidebarPort;
}

declare global {
  interface Window {
    simpliSidebar?: BootSlot;
  }
}

export function publishPort(ready: Promise<SidebarPort>): void {
  const slot: BootSlot = { ready };
  ready.then((port) => void (slot.port = port), () => undefined);
  window.simpliSidebar = slot;
}

/** boot.js's port; without it (the page did not load boot.js) a slot that says so. */
export function takePort(): BootSlot {
  return window.simpliSidebar ?? { ready: Promise.reject(new Error('The sidebar did not start: scripts/boot.js is missing from the page')) };
}
