/**
 * GET `/app/**`: the app's own files, HTML pages with `{{{appclient}}}` substituted (docs/platform.md
 * "Front end: bootstrapping and the frame").
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { substituteAppclient } from './appclient';
import { sendText } from './http-io';
import { contentTypeOf, isHtml, resolveAppFile } from './static-files';

export async function serveAppFile(res: ServerResponse, appRoot: string, rest: string): Promise<void> {
  const file = await resolveAppFile(appRoot, rest);
  // Outside app/, missing and directories all answer the same 404: nothing to learn about the tree.
  if (!file) return sendText(res, 404, 'Not found');
  const bytes = await readFile(file);
  const body = isHtml(file) ? Buffer.from(substituteAppclient(bytes.toString('utf8')), 'utf8') : bytes;
  res.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(body);
}
