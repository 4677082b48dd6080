/**
 * GET /api/v2/tickets/{id}/conversations (docs/freshdesk.md "Conversations and pagination"): a bare array, oldest
 * first, paginated (30 per page by default, Link rel="next" while more remain). Replies and notes alike;
 * the description is not a conversation.
 */
import type { Ctx } from './context';
import { paginate } from './pagination';
import { notFound } from './responses';

export function listConversations(ctx: Ctx) {
  if (!ctx.store.tickets.has(ctx.id)) return notFound();
  const all = [...(ctx.store.conversations.get(ctx.id) ?? [])].sort((a, b) => a.created_at.localeCompare(b.created_at));
  return paginate(ctx, all);
}
