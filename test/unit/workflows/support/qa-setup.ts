/** One resolution's QA context over in-memory ports, and a way to run one step of QA_ACTIONS with it. */
import { freshJobRecord } from '../../../../server/contracts/job-record';
import type { QaRecord, QaStep } from '../../../../server/contracts/qa-record';
import type { ConversationEntry } from '../../../../server/ports';
import { QA_ACTIONS, type QaContext, type ResolvedTicket } from '../../../../server/workflows/qa/qa-steps';
import { qualityRecorder } from '../../../../server/workflows/quality/record-quality';
import { manualClock, memoryStore } from './memory-ports';
import { memoryHelpdesk, memorySimpli } from './memory-services';

export const RESOLUTION = { id: 'tp26s0', at: '2026-11-25T13:00:00.000Z', status: 4 };

export const qaRecord = (patch: Partial<QaRecord> = {}): QaRecord => ({ sampled: true, ...freshJobRecord<QaStep>(0), resolution: RESOLUTION, rescore: false, ...patch });

export const evaluated = (patch: Partial<QaRecord> = {}): QaRecord =>
  qaRecord({ done: ['evaluate'], evaluation: { overall: 0.82, dimensions: { empathy: 0.9 }, coachingNotes: ['Say sorry sooner'] }, messages: { sent: 3, omitted: 0 }, ...patch });

let nextId = 100;
export const entry = (text: string, who: 'customer' | 'agent' | 'note'): ConversationEntry => ({
  id: (nextId += 1),
  text,
  incoming: who === 'customer',
  private: who === 'note',
});

/** A thread an agent answered in the open. */
export const ANSWERED: ConversationEntry[] = [entry('Any news?', 'customer'), entry('internal: refund approved', 'note'), entry('Refunded, sorry for the wait.', 'agent')];

export interface QaSetupOptions {
  ticket?: Partial<ResolvedTicket>;
  thread?: ConversationEntry[];
  latencyMs?: number;
  elapsedMs?: number;
}

export function qaSetup(options: QaSetupOptions = {}) {
  const clock = manualClock();
  const onCall = () => clock.advance(options.latencyMs ?? 0);
  const simpli = memorySimpli({ onCall });
  const helpdesk = memoryHelpdesk({ onCall });
  const ticket: ResolvedTicket = { id: 1201, description: 'I was charged twice.', responderId: 77, ...options.ticket };
  helpdesk.conversations.set(ticket.id, options.thread ?? ANSWERED);
  const store = memoryStore();
  const context: QaContext = { ticket, simpli, helpdesk, time: { clock, startedAt: clock.now() - (options.elapsedMs ?? 0) }, quality: qualityRecorder(store) };
  const spent = { count: 0 };
  const step = (name: QaStep, record: QaRecord = qaRecord()) => QA_ACTIONS[name]({ ...context, record, spend: () => void (spent.count += 1) });
  return { clock, simpli, helpdesk, store, ticket, context, spent, step };
}
