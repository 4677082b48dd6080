/**
 * What the sidebar shows for the record it read: switched off, not processed yet, or the insights — and, for
 * each part that is missing, a sentence saying why instead of a blank.
 */
import type { SidebarRecord } from '../contracts/record';
import type { SidebarSettings } from '../contracts/settings';
import { classificationView, type ClassificationView } from './classification';
import { costView, type CostView } from './cost';
import { currentDraft, draftView, type DraftView } from './draft';
import { jobView, type JobView } from './processing';
import { qaView, type QaView } from './qa';
import { routingView, type RoutingView } from './routing';

export interface InsightsView {
  kind: 'insights';
  /** Triage's state always (when it ran); sentiment's and QA's appear in their own sections. */
  triage?: JobView;
  classification?: ClassificationView;
  routing?: RoutingView;
  /** Why there is no classification, or no routing. */
  triageNote?: string;
  routingNote?: string;
  draft?: DraftView;
  draftNote?: string;
  canDraft: boolean;
  qa: QaView;
  cost?: CostView;
  unreadable?: string;
}

export type SidebarView =
  | { kind: 'off'; words: string }
  | { kind: 'not_processed'; words: string; canDraft: boolean; canProcess: boolean }
  | InsightsView;

export interface SidebarInput {
  record: SidebarRecord | undefined;
  settings: SidebarSettings;
  ticketStatus?: number;
  /** The ticket's group now, by name (client.data.get('group')). */
  group?: string;
  now: number;
}

const OFF = 'Simpli is switched off for this helpdesk. An admin can turn on triage, drafts, sentiment or QA in the app’s settings.';
const NOT_PROCESSED = 'Simpli has not seen this ticket: new tickets are processed as they arrive, and this one came before the app was installed or while it was off.';
const NOT_PROCESSED_OFF = 'Simpli has not seen this ticket, and triage and sentiment are switched off for this helpdesk.';

function triageNote(record: SidebarRecord, settings: SidebarSettings, triage: JobView | undefined): string | undefined {
  if (record.triage?.classification) return undefined;
  if (!settings.feature_triage) return 'Triage is switched off for this helpdesk.';
  if (triage && triage.status !== 'done') return 'Not classified yet — see the processing state below.';
  return 'This ticket was not classified.';
}

function routingNote(record: SidebarRecord, settings: SidebarSettings, triage: JobView | undefined): string | undefined {
  if (record.triage?.routing) return undefined;
  if (!settings.feature_triage) return 'Triage is switched off for this helpdesk.';
  if (triage && triage.status !== 'done') return 'Not routed yet: routing follows the classification.';
  return 'This ticket was not routed.';
}

function draftNote(settings: SidebarSettings, triage: JobView | undefined): string {
  if (!settings.feature_draft) return 'Drafts are switched off for this helpdesk.';
  if (triage && triage.status !== 'done') return 'No draft yet — Simpli drafts one when it retries (see Processing below), or draft one now.';
  return 'No draft for this ticket yet.';
}

export function sidebarView({ record, settings, ticketStatus, group, now }: SidebarInput): SidebarView {
  if (!record) {
    if (!settings.feature_triage && !settings.feature_draft && !settings.feature_sentiment && !settings.feature_qa) return { kind: 'off', words: OFF };
    // Process this ticket (SMI retryTicket) runs triage and the latest customer message's sentiment.
    const canProcess = settings.feature_triage || settings.feature_sentiment;
    return { kind: 'not_processed', words: canProcess ? NOT_PROCESSED : NOT_PROCESSED_OFF, canDraft: settings.feature_draft, canProcess };
  }
  const triage = record.triage && jobView('triage', record.triage, now);
  const classification = record.triage && classificationView(record.triage, settings);
  const routing = record.triage && routingView(record.triage, settings, group);
  const current = currentDraft(record);
  const note = triageNote(record, settings, triage);
  const routeNote = routingNote(record, settings, triage);
  const cost = costView(record);
  return {
    kind: 'insights',
    ...(triage ? { triage } : {}),
    ...(classification ? { classification } : {}),
    ...(routing ? { routing } : {}),
    ...(note ? { triageNote: note } : {}),
    ...(routeNote ? { routingNote: routeNote } : {}),
    ...(current ? { draft: draftView(current.draft, current.regenerated, settings) } : { draftNote: draftNote(settings, triage) }),
    canDraft: settings.feature_draft,
    qa: qaView(record.qa, settings.feature_qa, ticketStatus, now),
    ...(cost ? { cost } : {}),
    ...(record.unreadable.length > 0 ? { unreadable: `Part of this ticket’s insights could not be read (${record.unreadable.join(', ')}).` } : {}),
  };
}
