/**
 * The wire contract between the platform web server and the browser client script — the local stand-in for the
 * FDK's `GET /iframe/api` + `POST /dprouter` pair (docs/platform.md "fdk run: the local harness"). Imported by both
 * sides, so it must stay free of Node and DOM imports.
 *
 * Page scheme: a location page is opened for a ticket as `/app/<page>?ticket=<id>` (e.g.
 * `/app/index.html?ticket=42`); `&location=<name>` overrides the placeholder name reported by
 * `client.instance.context()` (default `ticket_sidebar`, the only location in manifest.json).
 */

export const PATHS = {
  /** Files under `<appDir>/app/` (docs/platform.md "App file layout"). */
  app: '/app/',
  /**
   * What `{{{appclient}}}` becomes in every served HTML page (docs/platform.md
   * "Front end: bootstrapping and the frame"). Root-relative so it stays same-origin.
   */
  clientScript: '/fdk/fresh_client.js',
  /** JSON endpoints the client calls: POST `/dprouter/<op>` (docs/platform.md "fdk run: the local harness"). */
  dprouter: '/dprouter/',
  /**
   * GET `?ticket=<id>`: a server-sent-events stream of the front-end events the ticket page fires into the app
   * (PageEvent, one per `data:` line; ticket-events.ts).
   */
  events: '/fdk/events',
  /** GET → `{ entries }`, DELETE → clears. The record of interface/instance calls tests assert on. */
  interfaceLog: '/devkit/interface-log',
  /** GET `?ticket=<id>` → `{ text }`: what the simulated reply editor holds. */
  editor: '/devkit/editor',
  /** A minimal ticket page that frames the sidebar and renders what it asks for (editor, notifications). */
  host: '/host',
  /**
   * The installation page, as `fdk run` serves it: `/custom_configs` is the settings screen around the
   * page, `/custom_configs/form` config/iparams.html itself, `/custom_configs/assets/*` config/assets/,
   * `/custom_configs/fetch` and `/custom_configs/store` the stored configs.
   */
  customConfigs: '/custom_configs',
  /** The installation page's client calls: same ops as `dprouter`, with the installation page's rules. */
  installDprouter: '/custom_configs/dprouter/',
} as const;

export const DPROUTER_OPS = [
  'invokeTemplate',
  'invoke',
  'db/set',
  'db/get',
  'db/update',
  'db/delete',
  'db/entity',
  'iparams',
  'data',
  'interface',
  'instance',
] as const;
export type DprouterOp = (typeof DPROUTER_OPS)[number];

/**
 * Every dprouter reply body: `{ value }` when the platform promise resolves, `{ error }` when it rejects. The
 * `error` is already in the platform's rejection shape for that API (docs/platform.md
 * "Request templates: invoking and results", "Server method invocation (SMI)", "Key-value store"), so the client
 * rejects with it unchanged. The HTTP status mirrors `error.status` (500 when it is not an HTTP error code).
 */
export type DprouterReply = { value: unknown } | { error: unknown };

/**
 * A front-end event for an open page (docs/platform.md "Front end: events the ticket sidebar receives"): the client
 * hands it to `client.events.on(name, …)` listeners, `data` being what `event.helper.getData()` answers.
 */
export interface PageEvent {
  name: string;
  data?: unknown;
}

/** Instance methods the client forwards to the server (docs/platform.md "Front end: bootstrapping and the frame"). */
export type InstanceMethod = 'resize' | 'send' | 'close';

/** `source` of messages the client posts to `window.parent` (a host page renders them). */
export const CLIENT_MESSAGE_SOURCE = 'simpli-fdk-client';
/** `source` of messages a host page posts into the app frame (events, instance messages). */
export const HOST_MESSAGE_SOURCE = 'simpli-fdk-host';

/** Client → host. */
export type ClientMessage =
  | { source: typeof CLIENT_MESSAGE_SOURCE; kind: 'interface'; action: string; options: unknown; result: unknown }
  | { source: typeof CLIENT_MESSAGE_SOURCE; kind: 'resize'; height: number }
  | { source: typeof CLIENT_MESSAGE_SOURCE; kind: 'instance'; method: 'send' | 'close'; options: unknown }
  | { source: typeof CLIENT_MESSAGE_SOURCE; kind: 'intercept'; id: string; outcome: 'done' | 'fail'; message?: string };

/**
 * Host → client. `interceptId` is set when the host waits for `event.helper.done()/fail()` (docs/platform.md
 * "Front end: the interface method and events").
 */
export type HostMessage =
  | { source: typeof HOST_MESSAGE_SOURCE; kind: 'event'; name: string; data?: unknown; interceptId?: string }
  | { source: typeof HOST_MESSAGE_SOURCE; kind: 'instance'; message: unknown };

/**
 * The sidebar frame may be at most 700 px tall (docs/platform.md "Front end: bootstrapping and the frame", "Limits").
 */
export const MAX_INSTANCE_HEIGHT_PX = 700;
