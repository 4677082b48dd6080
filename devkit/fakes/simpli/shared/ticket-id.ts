/**
 * Which Freshdesk ticket a Simpli request is about, for the kit's per-ticket request counts: the seed sends
 * the ticket id as a string in `ticket_id` (Triage /route, Reply) or `conversation_id` (QA) (simpli-api.md §5).
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
