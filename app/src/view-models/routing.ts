/** Routing (Simpli Triage /route): the team or group, the agent if any, Simpli's reason, and the group decision. */
import type { TriageState } from '../contracts/record';
import type { SidebarSettings } from '../contracts/settings';
import { fieldRow, type FieldRow } from './classification';
import { humanize } from './format';

export interface RoutingView {
  team?: string;
  agent?: string;
  /** Simpli's own words: rendered as text. */
  reason?: string;
  group?: FieldRow;
}

export function routingView(triage: TriageState, settings: SidebarSettings): RoutingView | undefined {
  const r = triage.routing;
  const decision = triage.decisions.find((d) => d.field === 'group');
  if (!r && !decision) return undefined;
  const view: RoutingView = {};
  if (r?.team) view.team = humanize(r.team);
  if (r?.agent) view.agent = r.agent;
  if (r?.reason) view.reason = r.reason;
  if (decision) view.group = fieldRow(decision, triage.classification?.confidence ?? 0, settings);
  return view;
}
