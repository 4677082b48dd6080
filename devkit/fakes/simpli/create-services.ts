/** The five Simpli fakes as FakeServices, configured together (one key, one clock), not yet listening. */
import type { PythonVersion } from './python/sum';
import { createKbService, type KbService } from './kb/service';
import { createQaService, type QaService } from './qa/service';
import { createReplyService, type ReplyService } from './reply/service';
import { createSentimentService, type SentimentService } from './sentiment/service';
import { createTriageService, type TriageService } from './triage/service';

export const SIMPLI_SERVICES = ['triage', 'reply', 'sentiment', 'qa', 'kb'] as const;
export type SimpliServiceName = (typeof SIMPLI_SERVICES)[number];

export interface SimpliServices {
  triage: TriageService;
  reply: ReplyService;
  sentiment: SentimentService;
  qa: QaService;
  kb: KbService;
}

export interface SimpliOptions {
  /** Every service's API_KEY, or one per service; absent or "" ⇒ no key check (docs/simpli.md "Request headers"). */
  apiKey?: string | Partial<Record<SimpliServiceName, string>>;
  /** Time for Sentiment's timestamps and KB's created_at / staleness. Default: the system clock. */
  clock?: { now(): number };
  /** Whose sum() Sentiment reproduces (see sentiment/service.ts). Default "3.12". */
  python?: PythonVersion;
  /** Triage team → Freshdesk group id, to make /route return group_id. */
  groupIds?: Readonly<Record<string, number>>;
}

export function createSimpliServices(opts: SimpliOptions = {}): SimpliServices {
  const keyOf = (name: SimpliServiceName): { apiKey?: string } => {
    const key = typeof opts.apiKey === 'string' ? opts.apiKey : opts.apiKey?.[name];
    return key !== undefined ? { apiKey: key } : {};
  };
  const clock = opts.clock ? { clock: opts.clock } : {};
  return {
    triage: createTriageService({ ...keyOf('triage'), ...(opts.groupIds ? { groupIds: opts.groupIds } : {}) }),
    reply: createReplyService(keyOf('reply')),
    sentiment: createSentimentService({ ...keyOf('sentiment'), ...clock, ...(opts.python ? { python: opts.python } : {}) }),
    qa: createQaService(keyOf('qa')),
    kb: createKbService({ ...keyOf('kb'), ...clock }),
  };
}
