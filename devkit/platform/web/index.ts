/** The front-end half of the local platform (fdk-platform.md §5, §7): web server + browser client script. */
export { createPlatformWebServer, type PlatformWebServer, type PlatformWebServerOptions } from './server';
export type { InterfaceLogEntry } from './interface-log';
export type { ConfirmChoice } from './interface-actions';
export { PATHS, MAX_INSTANCE_HEIGHT_PX, CLIENT_MESSAGE_SOURCE, HOST_MESSAGE_SOURCE, type ClientMessage, type HostMessage } from './protocol';
export { substituteAppclient, APPCLIENT_PLACEHOLDER } from './appclient';
export { clientScript } from './client-script';
