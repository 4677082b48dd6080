/** The QA score once the ticket is resolved (the `qa` attribute, server/contracts/qa-record.ts). */
import type { QaState } from '../contracts/record';
import { humanize, percent } from './format';
import { jobView, type JobView, type Tone } from './processing';

export type QaView =
  | { kind: 'scored'; overall: string; tone: Tone; dimensions: Array<{ name: string; score: string; width: number }>; notes: string[]; rescore?: string }
  | { kind: 'working'; job: JobView }
  | { kind: 'message'; words: string };

/** Freshdesk statuses 4 Resolved and 5 Closed. */
const isResolved = (status: number | undefined): boolean => status === 4 || status === 5;

/** The server's reason (server/domain/qa/messages.ts) in the sidebar's words. */
function nothingToScoreWords(reason: string): string {
  if (reason === 'no public agent reply') return 'Nothing to score yet — no public agent reply';
  return `Nothing to score yet — ${reason}`;
}

const toneOf = (share: number): Tone => (share >= 0.8 ? 'success' : share >= 0.6 ? 'warning' : 'danger');

export function qaView(qa: QaState | undefined, enabled: boolean, ticketStatus: number | undefined, now: number): QaView {
  if (!qa) {
    if (!enabled) return { kind: 'message', words: 'QA scoring is switched off for this helpdesk.' };
    return { kind: 'message', words: isResolved(ticketStatus) ? 'Not scored yet: QA runs shortly after the ticket is resolved.' : 'QA scores this ticket once it is resolved.' };
  }
  if (!qa.sampled) {
    const share = qa.samplePercent === undefined ? 'a sample' : `${qa.samplePercent}%`;
    return { kind: 'message', words: `Not scored: QA scores ${share} of resolved tickets, and this one was not picked.` };
  }
  if (qa.nothingToScore !== undefined && !qa.evaluation) return { kind: 'message', words: nothingToScoreWords(qa.nothingToScore.reason) };
  const e = qa.evaluation;
  if (!e) return { kind: 'working', job: jobView('qa', qa, now) };
  const rescore = qa.rescore && qa.previousOverall !== undefined ? `Scored again after reopening (was ${percent(qa.previousOverall)}).` : undefined;
  return {
    kind: 'scored',
    overall: percent(e.overall),
    tone: toneOf(e.overall),
    dimensions: Object.entries(e.dimensions).map(([name, score]) => ({ name: humanize(name), score: percent(score), width: Math.round(Math.min(1, Math.max(0, score)) * 100) })),
    notes: e.coachingNotes,
    ...(rescore ? { rescore } : {}),
  };
}
