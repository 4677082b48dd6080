/**
 * Every HTML page loads the client with `<script src="{{{appclient}}}"></script>`; the platform substitutes the
 * real script URL when it serves the page (fdk-platform.md §5.1, §3.2). The page file on disk keeps the
 * placeholder literally (§5.5), so only the served copy changes.
 */
import { PATHS } from './protocol';

export const APPCLIENT_PLACEHOLDER = '{{{appclient}}}';

export function substituteAppclient(html: string, scriptUrl: string = PATHS.clientScript): string {
  return html.split(APPCLIENT_PLACEHOLDER).join(scriptUrl);
}
