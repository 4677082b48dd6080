/**
 * The account's groups, for the team → group check and as the Freshdesk key's test: GET /api/v2/groups, 100 a page,
 * following `Link: rel="next"` (https://developers.freshdesk.com/api/#pagination) up to a few pages.
 */
import type { AccountGroup } from '../../../../server/domain/settings/team-groups';
import type { InstallPort, TemplateOutcome } from '../port';
import { TEMPLATES } from '../port';
import { freshdeskAccepted, freshdeskVerdict, type Verdict } from './verdicts';

/** 500 groups is far beyond what a team → group mapping names; a larger account is checked on its first 500. */
const MAX_PAGES = 5;

/** How the page reaches Freshdesk: the key as typed, or the stored one when it was not typed again. */
export interface FreshdeskAccess {
  subdomain: string;
  /** Typed on this page; undefined → the stored key (a template reads it from iparam). */
  apiKey?: string;
}

export interface GroupsResult {
  verdict: Verdict;
  /** Present when Freshdesk answered every page. */
  groups?: AccountGroup[];
}

function groupsOf(o: TemplateOutcome): AccountGroup[] | undefined {
  try {
    const body = JSON.parse(o.response) as unknown;
    if (!Array.isArray(body)) return undefined;
    return body.flatMap((g: unknown) => {
      const r = g as { id?: unknown; name?: unknown };
      return typeof r.id === 'number' && typeof r.name === 'string' ? [{ id: r.id, name: r.name }] : [];
    });
  } catch {
    return undefined;
  }
}

const hasNext = (o: TemplateOutcome) => /rel="?next"?/i.test(o.headers.link ?? '');

export async function fetchGroups(port: InstallPort, access: FreshdeskAccess): Promise<GroupsResult> {
  const groups: AccountGroup[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const context: Record<string, string> = { freshdesk_subdomain: access.subdomain, page: String(page) };
    if (access.apiKey !== undefined) context.freshdesk_api_key = access.apiKey;
    const outcome = await port.invokeTemplate(access.apiKey !== undefined ? TEMPLATES.freshdeskGroups : TEMPLATES.freshdeskGroupsSaved, context);
    if (!outcome.ok) return { verdict: freshdeskVerdict(access.subdomain, outcome) };
    const items = groupsOf(outcome);
    if (!items) return { verdict: { status: 'problem', message: `${access.subdomain}.freshdesk.com answered, but not with a list of groups` } };
    groups.push(...items);
    if (!hasNext(outcome)) break;
  }
  return { verdict: freshdeskAccepted(access.subdomain, groups.length), groups };
}
