/**
 * Every HTML page loads the client with `<script src="{{{appclient}}}"></script>`; the platform substitutes the
 * real script URL when it serves the page (docs/platform.md "Front end: bootstrapping and the frame",
 * "Installation page"). The page file on disk keeps the placeholder literally (docs/platform.md
 * "Front end: bootstrapping and the frame"), so only the served copy changes.
 */
import { PATHS } from './protocol';

export const APPCLIENT_PLACEHOLDER = '{{{appclient}}}';

export function substituteAppclient(html: string, scriptUrl: string = PATHS.clientScript): string {
  return html.split(APPCLIENT_PLACEHOLDER).join(scriptUrl);
}
