/**
 * The only module that names the platform's `app` global and the `client` it resolves (docs/platform.md
 * "Front end: bootstrapping and the frame"); everything else gets a SidebarPort (sidebar-port.ts). The interface lists
 * only what the sidebar calls, with the platform's own shapes (docs/platform.md
 * "Request templates: invoking and results", "Key-value store", "Server method invocation (SMI)",
 * "Front end: the data method", "Front end: the interface method and events",
 * "Front end: bootstrapping and the frame").
 */
export interface TemplateArgs {
  context?: Record<string, string>;
  body?: string;
}

export interface FdkClient {
  data: { get(name: string): Promise<unknown> };
  iparams: { get(key?: string): Promise<unknown> };
  db: {
    get(key: string): Promise<unknown>;
    update(key: string, action: 'set', attributes: Record<string, unknown>): Promise<unknown>;
  };
  request: {
    /** Resolves `{ status, headers, response: <body string> }`; rejects the same with `errorSource`. */
    invokeTemplate(name: string, args: TemplateArgs): Promise<unknown>;
    /** SMI: resolves `{ requestID, response }`. */
    invoke(name: string, payload: Record<string, unknown>): Promise<unknown>;
  };
  interface: { trigger(action: string, options: Record<string, unknown>): Promise<unknown> };
  instance: { resize(size: { height: string }): unknown };
  events: { on(name: string, callback: (event: unknown) => void): void };
}

declare global {
  interface Window {
    app?: { initialized(): Promise<FdkClient> };
  }
}

let connecting: Promise<FdkClient> | undefined;

/** Resolves the client once per page; `app` is absent when the page is opened outside the platform. */
export function initializeClient(): Promise<FdkClient> {
  if (!connecting) {
    const app = window.app;
    connecting = app ? app.initialized() : Promise.reject(new Error('This page must be opened by the Freshdesk app platform'));
  }
  return connecting;
}
