/**
 * The Reply fake (docs/simpli.md "Reply"): POST /api/v1/draft, POST /api/v1/feedback (drafts are remembered by
 * draft_id; an unknown id is core's 404 NOT_FOUND), GET /api/v1/styles, plus create_app's /health.
 */
import type { FakeService } from '../../kit/types';
import { notFound } from '../core/errors';
import { bodyOf } from '../core/request';
import type { Route } from '../core/route';
import { createSimpliService } from '../core/service';
import { pyFloat } from '../python/render-json';
import { ticketIdFromBody } from '../shared/ticket-id';
import { composeDraft, type Draft } from './draft';
import { DraftRequest, FeedbackRequest } from './schemas';
import { LANGUAGES, STYLE_DESCRIPTIONS, STYLES, type Style } from './styles';

export interface ReplyOptions {
  apiKey?: string;
}

export interface StoredDraft extends Draft {
  ticket_id: string;
  style: Style;
  feedback: Array<{ accepted: boolean; edited_text: string | null }>;
}

export interface ReplyState {
  drafts: StoredDraft[];
}

/** A FakeService whose state() is typed (Omit: an intersection would keep FakeService's `unknown` overload first). */
export type ReplyService = Omit<FakeService, 'state' | 'reset'> & { state(): ReplyState; reset(): void };

export function createReplyService(opts: ReplyOptions = {}): ReplyService {
  let drafts = new Map<string, StoredDraft>();

  const routes: Route[] = [
    {
      method: 'POST',
      path: '/api/v1/draft',
      summary: 'Draft a reply',
      handle: ({ req }) => {
        const input = bodyOf(req, DraftRequest);
        const d = composeDraft(input);
        if (!drafts.has(d.draft_id)) drafts.set(d.draft_id, { ...d, ticket_id: input.ticket_id, style: input.style, feedback: [] });
        return {
          body: {
            draft_id: d.draft_id,
            draft: d.draft,
            confidence: pyFloat(d.confidence),
            suggested_template: d.suggested_template,
            language: d.language,
          },
        };
      },
    },
    {
      method: 'POST',
      path: '/api/v1/feedback',
      summary: 'Feedback on a draft',
      handle: ({ req }) => {
        const fb = bodyOf(req, FeedbackRequest);
        const stored = drafts.get(fb.draft_id);
        if (!stored) throw notFound(`Draft ${fb.draft_id} not found`);
        stored.feedback.push({ accepted: fb.accepted, edited_text: fb.edited_text });
        return { body: { draft_id: fb.draft_id, status: 'recorded', feedback_count: stored.feedback.length } };
      },
    },
    {
      method: 'GET',
      path: '/api/v1/styles',
      summary: 'Style profiles',
      handle: () => ({
        body: {
          styles: STYLES.map((name) => ({ name, description: STYLE_DESCRIPTIONS[name] })),
          default: 'friendly',
          languages: [...LANGUAGES],
        },
      }),
    },
  ];

  const service = createSimpliService({
    name: 'simpli-reply',
    title: 'Simpli Reply',
    description: 'AI draft replies for support conversations',
    routes,
    ...(opts.apiKey !== undefined ? { apiKey: opts.apiKey } : {}),
    ticketIdOf: (req) => ticketIdFromBody(req, 'ticket_id'),
    state: () => ({ drafts: structuredClone([...drafts.values()]) }),
    reset: () => {
      drafts = new Map();
    },
  });
  return service as ReplyService;
}
