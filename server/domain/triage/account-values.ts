/** Simpli's words matched to the account's own values (ticket types, groups), never inventing one Freshdesk would refuse. */
import type { AccountSchema, Routing } from './types';

/** "feature_request", "Feature-Request" and "feature request" are the same words. */
export const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/**
 * The account's ticket type for a category, in the account's spelling; types match ignoring case (docs/freshdesk.md
 * "Updating a ticket").
 */
export function ticketTypeFor(category: string, schema: AccountSchema): string | undefined {
  const wanted = normalise(category);
  return schema.ticketTypes.find((t) => normalise(t) === wanted);
}

export interface GroupChoice {
  id: number;
  name: string;
  /** How the group was found, for agents. */
  via: 'group_id' | 'team' | 'mapping';
}

/** group_id if Simpli gave a real one, else the team name among the groups, else the admin's mapping. */
export function groupFor(routing: Routing | undefined, schema: AccountSchema, teamToGroup: Readonly<Record<string, string>>): GroupChoice | undefined {
  if (!routing) return undefined;
  const byId = (id: number) => schema.groups.find((g) => g.id === id);
  const byName = (name: string) => schema.groups.find((g) => normalise(g.name) === normalise(name));
  const direct = routing.group_id != null ? byId(routing.group_id) : undefined;
  if (direct) return { ...direct, via: 'group_id' };
  const team = routing.team?.trim();
  if (!team) return undefined;
  const named = byName(team);
  if (named) return { ...named, via: 'team' };
  const mapped = Object.entries(teamToGroup).find(([t]) => normalise(t) === normalise(team))?.[1];
  if (mapped === undefined) return undefined;
  const target = /^\d+$/.test(mapped.trim()) ? byId(Number(mapped)) : byName(mapped);
  return target ? { ...target, via: 'mapping' } : undefined;
}
