/**
 * What a check's template outcome means, in words that name the service and what to fix. Pure: the outcomes are
 * the platform's shapes (502 "Error in establishing connection", 504 timeout, 400 for a host the platform refuses,
 * 429 rate limited — all errorSource PLATFORM; https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/advanced-interfaces/request-method/) or the service's own answer.
 */
import type { TemplateOutcome } from '../port';

export type CheckStatus = 'ok' | 'problem' | 'skipped';

export interface Verdict {
  status: CheckStatus;
  message: string;
}

const ok = (message: string): Verdict => ({ status: 'ok', message });
const problem = (message: string): Verdict => ({ status: 'problem', message });

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A platform-side failure (the request never got an answer from the service), described; else undefined. */
function platformFailure(o: TemplateOutcome, what: string, where: string): Verdict | undefined {
  if (o.ok || o.errorSource === 'APP') return undefined;
  if (o.status === 0) return problem('The platform did not answer; try again');
  if (o.status === 429) return problem('The installation’s request budget is used up for this minute; try again in a minute');
  if (o.status === 504) return problem(`${what} did not answer in time at ${where}`);
  if (o.status === 400) return problem(`The platform refused the address ${where}${o.response ? `: ${o.response}` : ''}`);
  if (o.errorSource === 'PLATFORM' || o.status >= 502) return problem(`${what} could not be reached at ${where}`);
  return undefined;
}

/** GET /health of a Simpli service: `{"status":"ok"}`, no key needed (simpli-core's create_app, https://github.com/simpli-support/simpli-core). */
export function healthVerdict(service: string, host: string, o: TemplateOutcome): Verdict {
  const name = `Simpli ${service}`;
  const failed = platformFailure(o, name, host);
  if (failed) return failed;
  const body = jsonOf(o.response) as { status?: unknown } | undefined;
  if (o.ok && body?.status === 'ok') return ok(`${name} answers at ${host}`);
  if (o.ok || o.status === 404) return problem(`${host} answers, but not as a Simpli service (GET /health gave ${o.status}${o.ok ? ' without {"status":"ok"}' : ''})`);
  return problem(`${name} at ${host} is not healthy: /health answered ${o.status}`);
}

/** An authenticated GET at Simpli Reply: 401/403 mean the key is wrong (simpli-core's API-key check, https://github.com/simpli-support/simpli-core). */
export function simpliKeyVerdict(replyHost: string, o: TemplateOutcome): Verdict {
  const failed = platformFailure(o, 'Simpli Reply', replyHost);
  if (failed) return { status: 'problem', message: `Could not check the Simpli API key: ${failed.message}` };
  if (o.ok) return ok('Simpli accepted the API key');
  if (o.status === 401 || o.status === 403) return problem(`Simpli rejected the API key (${o.status} from Simpli Reply)`);
  return problem(`Could not check the Simpli API key: Simpli Reply answered ${o.status}`);
}

/** Freshdesk listed the account's groups with the key. */
export function freshdeskAccepted(subdomain: string, groupCount: number): Verdict {
  return ok(`Freshdesk accepted the API key at ${subdomain}.freshdesk.com (${groupCount} group${groupCount === 1 ? '' : 's'})`);
}

/** GET /api/v2/groups refused: 401 wrong key, 403 no access, 404 no such account (https://developers.freshdesk.com/api/#error). */
export function freshdeskVerdict(subdomain: string, o: TemplateOutcome): Verdict {
  const host = `${subdomain}.freshdesk.com`;
  const failed = platformFailure(o, 'Freshdesk', host);
  if (failed) return o.status >= 502 && o.status !== 504 ? problem(`${host} could not be reached: check the Freshdesk subdomain`) : failed;
  if (o.ok) return ok(`Freshdesk accepted the API key at ${host}`);
  if (o.status === 401) return problem(`Freshdesk rejected the API key (401 at ${host})`);
  if (o.status === 403) return problem(`Freshdesk accepted the key but refused to list groups (403): use an admin’s API key`);
  if (o.status === 404) return problem(`No Freshdesk account answers at ${host}: check the subdomain`);
  return problem(`Freshdesk answered ${o.status} at ${host}`);
}
