/**
 * GET /api/v2/groups (paginated) and /api/v2/groups/{id} (docs/freshdesk.md "Groups and ticket types"). Readable by any
 * agent.
 */
import type { SeedGroup } from './account';
import type { Ctx } from './context';
import { paginate } from './pagination';
import { notFound, ok } from './responses';
import type { FreshdeskStore } from './store';

function renderGroup(store: FreshdeskStore, g: SeedGroup): Record<string, unknown> {
  const at = g.created_at ?? store.seededAt;
  return {
    id: g.id,
    name: g.name,
    description: g.description ?? null,
    escalate_to: g.escalate_to ?? null,
    unassigned_for: g.unassigned_for ?? null,
    business_hour_id: g.business_hour_id ?? null,
    group_type: g.group_type ?? 'support_agent_group',
    created_at: at,
    updated_at: at,
  };
}

export function listGroups(ctx: Ctx) {
  return paginate(ctx, ctx.store.account.groups.map((g) => renderGroup(ctx.store, g)));
}

export function getGroup(ctx: Ctx) {
  const g = ctx.store.account.groups.find((x) => x.id === ctx.id);
  return g ? ok(renderGroup(ctx.store, g)) : notFound();
}
