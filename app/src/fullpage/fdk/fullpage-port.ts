/**
 * FullPagePort over the FDK client. The `$db` keys, the SMI name and the data name live here and nowhere else; every
 * answer is read through contracts/ before it reaches a hook.
 */
import { obj, str, text } from '../../contracts/read';
import type { FdkClient } from '../../fdk/client';
import { isNotFound, toSidebarError } from '../../fdk/rejections';
import { readKbFindings, readKbStatus, readQuality, RECORD_KEYS } from '../contracts/kb-records';
import { PageError, type FullPagePort } from '../port';

/** The SMI the server declares for Sync now (manifest `modules.common.functions`; docs/platform.md "Server method invocation (SMI)"). */
export const SYNC_FUNCTION = 'syncKnowledgeBase';

/** One `$db` read: a missing record is "nothing yet" (404, docs/platform.md "Key-value store"), an unreadable one an error. */
async function readRecord<T>(client: FdkClient, key: string, read: (v: unknown) => T | undefined, what: string): Promise<T | undefined> {
  let value: unknown;
  try {
    value = await client.db.get(key);
  } catch (rejection) {
    if (isNotFound(rejection)) return undefined;
    throw toSidebarError(rejection, `Reading ${what}`);
  }
  const record = read(value);
  if (record === undefined) throw new PageError('invalid', `The ${what} record is not readable`);
  return record;
}

/**
 * The agent portal's origin from `currentHost.endpoint_urls.freshdesk` (docs/platform.md "Front end: the data method":
 * 3.0's replacement of `domainName`). Only http(s) origins: anything else would make a link run something.
 */
export function portalOrigin(data: unknown): string | undefined {
  const host = obj(obj(data)?.currentHost);
  const url = text(obj(host?.endpoint_urls)?.freshdesk);
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The SMI's answer in one sentence: its own `message` when it has one, else a plain "done". */
export function syncAnswer(answer: unknown): string {
  const response = obj(obj(answer)?.response);
  return text(str(response?.message)) ?? 'The knowledge-base sync ran.';
}

export function createFullPagePort(client: FdkClient): FullPagePort {
  return {
    status: () => readRecord(client, RECORD_KEYS.status, readKbStatus, 'sync status'),
    findings: () => readRecord(client, RECORD_KEYS.findings, readKbFindings, 'knowledge-base findings'),
    quality: () => readRecord(client, RECORD_KEYS.quality, readQuality, 'quality'),
    helpdeskUrl: () => client.data.get('currentHost').then(portalOrigin, () => undefined),
    async syncNow() {
      let answer: unknown;
      try {
        answer = await client.request.invoke(SYNC_FUNCTION, {});
      } catch (rejection) {
        // The server's own sentence (renderData's `message`, docs/platform.md "Server method invocation (SMI)") says
        // more than a status, e.g. that a pass is already running; it is rendered as text.
        const error = toSidebarError(rejection, 'Sync now');
        const said = text(str(obj(rejection)?.message))?.slice(0, 200);
        throw said === undefined ? error : new PageError(error.kind, `${error.message}: ${said}`);
      }
      return { message: syncAnswer(answer) };
    },
  };
}
