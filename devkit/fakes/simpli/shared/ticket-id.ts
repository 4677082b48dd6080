/**
 * Which Freshdesk ticket a Simpli request is about, for the kit's per-ticket request counts: the seed sends
 * the ticket id as a string in `ticket_id` (Triage /route, Reply) or `conversation_id` (QA) (docs/simpli.md
 * "Triage", "Reply", "QA"); every other request (Triage /classify, Sentiment /analyze, KB) names it only in the
 * app's X-Request-ID.
 */
import type { FakeRequest } from '../../kit/types';

export function ticketIdFromBody(req: FakeRequest, field: 'ticket_id' | 'conversation_id'): number | undefined {
  try {
    const body: unknown = JSON.parse(req.rawBody);
    const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : undefined;
    const text = typeof value === 'number' ? String(value) : value;
    return typeof text === 'string' && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ticket of the app's `X-Request-ID: fd-<ticket>-<step>-…` (server/fdk/request-id.ts). createSimpliService
 * falls back to it for every service when the body names no ticket.
 */
export function ticketIdFromRequestId(req: FakeRequest): number | undefined {
  const id = req.headers['x-request-id'];
  const m = typeof id === 'string' ? /^fd-(\d{1,15})-/.exec(id) : null;
  return m ? Number(m[1]) : undefined;
}
