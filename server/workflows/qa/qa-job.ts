/**
 * The QA of one resolution as a job declaration (jobs/lifecycle.ts does claim, lease, backlog, defer and resume):
 * identity `qa:<ticketId>:<resolution id>`, input the ticket id and the resolution. The event's run uses the
 * ticket the event carries; every other run (a takeover, the backlog, an agent's Retry) reads it again while the
 * evaluation is still to do. A job for an earlier resolution than the one on the ticket record is superseded; one
 * whose resolution is recorded as not sampled is finished.
 */
import type { Invocation, RunScope } from '../invocation';
import * as z from 'zod/mini';
import { resolutionSchema, type QaNotSampled, type QaRecord } from '../../contracts/qa-record';
import { AppFailure } from '../../domain/errors';
import { isRetryable } from '../../domain/retry-policy';
import { finishJob } from '../jobs/finish-job';
import { FAILED_FOR_GOOD, type JobDeclaration, type RunContext } from '../jobs/lifecycle';
import type { ResolvedTicket } from './qa-steps';
import { freshRecord, isLater, qaIdentity, qaLabel, qaOf, runQa, storedQa, unconfiguredSteps, type QaDeps, type StoredQa } from './run-qa';

/**
 * What a queued QA carries (~100 bytes): the ticket is read again when it runs; the responder's name only the
 * resolving event can tell (for the quality record).
 */
export const qaInputSchema = z.object({ ticketId: z.int().check(z.positive()), resolution: resolutionSchema, agentName: z.optional(z.string()) });
export type QaInput = z.infer<typeof qaInputSchema>;

/** What the event carries beyond the input: the ticket, and the ticket's QA as it read it before claiming. */
export interface QaEvent {
  ticket: ResolvedTicket;
  previous: StoredQa;
}

/** The input of the ticket's latest resolution's QA when it did not finish (what an agent's Retry runs). */
export function qaToRetry(ticketRecord: unknown): QaInput | undefined {
  const qa = qaOf(ticketRecord);
  if (!qa?.sampled || qa.status === 'done') return undefined;
  const ticketId = (ticketRecord as { ticketId?: unknown }).ticketId;
  return typeof ticketId === 'number' ? { ticketId, resolution: qa.resolution } : undefined;
}

/** The record this attempt starts from: this resolution's stored one (an agent's Retry also reruns what failed for good), or a fresh one. */
function startingRecord(input: QaInput, { settings, startedAt }: RunScope, ctx: RunContext<QaRecord | QaNotSampled>, previous: StoredQa): QaRecord {
  const stored = ctx.stored;
  const mine = stored?.sampled && stored.resolution.id === input.resolution.id ? stored : undefined;
  if (!mine) return { ...freshRecord(startedAt, input.resolution, previous, settings), attempt: ctx.attempt };
  if (ctx.origin !== 'retry') return { ...mine, attempt: ctx.attempt, status: 'processing' };
  return { ...mine, errors: unconfiguredSteps(settings), attempt: ctx.attempt, status: 'processing' };
}

/** Reads the ticket again (the evaluation needs its description and responder) and runs the rest. */
async function runFromFreshdesk(inv: Invocation<QaDeps>, input: QaInput, record: QaRecord, ctx: RunContext<QaRecord | QaNotSampled>): Promise<QaRecord> {
  const id = qaIdentity(input.ticketId, ctx.queue);
  // The note needs only the ticket's id.
  if (record.done.includes('evaluate')) return runQa(inv, { id: input.ticketId, description: '' }, record, id);
  let ticket: ResolvedTicket;
  try {
    const read = await inv.helpdesk.getTicket(input.ticketId);
    ticket = { id: read.id, description: read.description, responderId: read.responder_id, ...(input.agentName ? { responderName: input.agentName } : {}) };
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error;
    // Reading the ticket is part of evaluating it: its failure is evaluate's, retried or not by its kind.
    const retryable = isRetryable(error.error);
    const errors = { ...record.errors, evaluate: { kind: error.error.kind, message: error.message, retryable } };
    const failed = { ...record, errors, requests: record.requests + 1, status: retryable ? ('deferred' as const) : ('failed' as const), updatedAt: inv.clock.now() };
    return finishJob(inv, id, { record: failed, retryCause: error.error });
  }
  return runQa(inv, ticket, { ...record, requests: record.requests + 1 }, id);
}

export function qaDeclaration(event?: QaEvent): JobDeclaration<QaInput, QaRecord, QaDeps, QaRecord | QaNotSampled> {
  return {
    kind: 'qa',
    subject: (input) => `${input.ticketId}:${input.resolution.id}`,
    label: (input) => qaLabel(input.ticketId),
    // A resolved ticket's score helps coaching, not a waiting customer: after every open ticket's work.
    lane: () => 'u1',
    parse: (raw) => {
      const parsed = qaInputSchema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
    // The ticket record holds the latest resolution's QA, which may be another resolution's than this job's.
    load: (deps, input) => storedQa(deps, input.ticketId),
    finished(stored, origin, input) {
      if (!stored) return undefined;
      if (stored.resolution.id !== input.resolution.id) return isLater(stored.resolution, input.resolution) ? `superseded by the resolution of ${stored.resolution.at}` : undefined;
      if (!stored.sampled) return 'not sampled';
      if (stored.status === 'done') return 'already scored';
      if (stored.status === 'failed' && origin !== 'retry') return FAILED_FOR_GOOD;
      return undefined;
    },
    async run(inv, input, ctx) {
      const fromEvent = event && ctx.origin === 'event';
      // The event's first attempt loads nothing: the event read the ticket's QA before claiming.
      const record = startingRecord(input, inv, ctx, ctx.stored ?? (fromEvent ? event.previous : undefined));
      if (!fromEvent) return runFromFreshdesk(inv, input, record, ctx);
      return runQa(inv, event.ticket, record, qaIdentity(input.ticketId, ctx.queue));
    },
  };
}
