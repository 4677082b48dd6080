/**
 * The front-end half of the local platform (docs/platform.md "Front end: bootstrapping and the frame",
 * "fdk run: the local harness"): web server + browser client script.
 */
export { createPlatformWebServer, type PlatformWebServer, type PlatformWebServerOptions } from './server';
export type { InterfaceLogEntry } from './interface-log';
export type { ConfirmChoice } from './interface-actions';
export { PATHS, MAX_INSTANCE_HEIGHT_PX, CLIENT_MESSAGE_SOURCE, HOST_MESSAGE_SOURCE, type ClientMessage, type HostMessage } from './protocol';
export { substituteAppclient, APPCLIENT_PLACEHOLDER } from './appclient';
export { clientScript } from './client-script';
export { firePageEvents, pageEventsAfter, type TicketPageEvent } from './page-events';
