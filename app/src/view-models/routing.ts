/**
 * Routing (Simpli Triage /route): the team, the group by name — the one Simpli picked (its decision) and the
 * ticket's group now when that is another — Simpli's reason, and Simpli's agent id only under a label saying it is
 * Simpli's own id: it names no Freshdesk agent.
 */
import type { TriageState } from '../contracts/record';
import type { SidebarSettings } from '../contracts/settings';
import { fieldRow, type FieldRow } from './classification';
import { humanize } from './format';

export interface RoutingView {
  team?: string;
  /** The group Simpli picked (by name), applied or only suggested, and why. */
  group?: FieldRow;
  /** The ticket's group now, when there is no decision or it names another group. */
  currentGroup?: string;
  /** Simpli's agent id (e.g. "A-015"), as Simpli sent it. */
  simpliAgentId?: string;
  /** Simpli's own words: rendered as text. */
  reason?: string;
}

export function routingView(triage: TriageState, settings: SidebarSettings, currentGroup?: string): RoutingView | undefined {
  const r = triage.routing;
  const decision = triage.decisions.find((d) => d.field === 'group');
  if (!r && !decision) return undefined;
  const view: RoutingView = {};
  if (r?.team) view.team = humanize(r.team);
  if (decision) view.group = fieldRow(decision, triage.classification?.confidence ?? 0, settings);
  if (currentGroup && !(decision?.applied && decision.suggested === currentGroup)) view.currentGroup = currentGroup;
  if (r?.agent) view.simpliAgentId = r.agent;
  if (r?.reason) view.reason = r.reason;
  return view;
}
