/**
 * The fake Triage router (POST /route, docs/simpli.md "Triage"): category → team, urgency → specialist or the
 * team's queue, and the agent picked stably from the ticket id. Answers the documented {team, agent, reason};
 * `group_id` only when the fake was given a team → Freshdesk group table (the seed reads it, the docs never
 * return it: docs/simpli.md "Where the sources disagree", item 8).
 */
import { stableIndex } from '../shared/ids';

interface Team {
  team: string;
  /** The first agent is the team's specialist, who gets high and critical tickets. */
  agents: readonly string[];
}

/** billing's specialist is A-012, so the docs' example answer comes out as documented. */
const TEAMS: Readonly<Record<string, Team>> = {
  billing: { team: 'billing', agents: ['A-012', 'A-014', 'A-015'] },
  technical: { team: 'technical', agents: ['A-021', 'A-022', 'A-023', 'A-024'] },
  account: { team: 'accounts', agents: ['A-031', 'A-032'] },
  shipping: { team: 'logistics', agents: ['A-041', 'A-042'] },
  feature_request: { team: 'product', agents: ['A-051', 'A-052'] },
  general: { team: 'general', agents: ['A-001', 'A-002', 'A-003'] },
};

export interface RouteInput {
  ticket_id: string;
  category: string;
  urgency: string;
  sentiment: string | null;
}

export interface RoutingDecision {
  team: string;
  agent: string;
  reason: string;
  group_id?: number;
}

export function route(input: RouteInput, groupIds: Readonly<Record<string, number>> = {}): RoutingDecision {
  const { team, agents } = TEAMS[input.category] ?? (TEAMS.general as Team);
  // Core speaks Priority.URGENT where the seed says critical (docs/simpli.md "Where the sources disagree", item 7):
  // both mean "now".
  const urgent = ['high', 'critical', 'urgent'].includes(input.urgency);
  const agent = urgent ? (agents[0] as string) : (agents[stableIndex(input.ticket_id, agents.length)] as string);
  const what = `${capitalize(input.urgency || 'unknown')} urgency ${input.category.replaceAll('_', ' ') || 'general'} issue`;
  const mood = input.sentiment === 'negative' ? ' (customer sentiment negative)' : '';
  const reason = `${what} routed to ${urgent ? 'specialist' : 'team queue'}${mood}`;
  const groupId = groupIds[team];
  return { team, agent, reason, ...(groupId !== undefined ? { group_id: groupId } : {}) };
}

/** The table GET /rules shows. */
export function routingRules(): Array<{ category: string; team: string; specialist: string; agents: string[] }> {
  return Object.entries(TEAMS).map(([category, t]) => ({
    category,
    team: t.team,
    specialist: t.agents[0] as string,
    agents: [...t.agents],
  }));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
