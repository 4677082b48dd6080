/**
 * Freshdesk first: before a ticket's text goes to Simpli, triage makes sure its results can be written back. The
 * ticket schema it needs anyway is loaded first: cached, it costs one `$db` read, the one the update step would
 * have made; not cached, the GET /ticket_fields goes first. A refusal of the key (now, or remembered from a recent
 * call) fails every open step for good, naming the setting, and nothing is sent to Simpli. A passing fault (a 503,
 * a timeout) stops nothing: the update step meets it again and is retried.
 */
import type { StepError } from '../../contracts/job-record';
import type { TriageRecord, TriageStep } from '../../contracts/store-records';
import { AppFailure, type AppError } from '../../domain/errors';
import { isRetryable } from '../../domain/retry-policy';
import { isKeyRefusal } from '../../domain/freshdesk-refusal';
import type { SchemaSource } from './schema-cache';

const SIMPLI_STEPS: ReadonlySet<TriageStep> = new Set(['classify', 'draft', 'route']);

/** Why a step was not run. */
function stopped(cause: AppError): StepError {
  if (cause.kind === 'freshdesk_key_rejected') return { kind: cause.kind, message: cause.message, retryable: false };
  if (isKeyRefusal(cause)) return { kind: 'freshdesk_key_rejected', message: `${cause.message}; nothing was sent to Simpli`, retryable: false };
  return { kind: cause.kind, message: `Freshdesk cannot be written (${cause.message}); nothing was sent to Simpli`, retryable: false };
}

export interface FreshdeskCheck {
  record: TriageRecord;
  /** Every open step failed for good: finish the job without running any. */
  stopped: boolean;
}

export async function checkFreshdeskFirst(schemas: SchemaSource, record: TriageRecord, wanted: readonly TriageStep[], now: number): Promise<FreshdeskCheck> {
  const open = wanted.filter((s) => !record.done.includes(s) && record.errors[s]?.retryable !== false);
  if (!open.some((s) => SIMPLI_STEPS.has(s))) return { record, stopped: false };
  try {
    const { requests } = await schemas.load();
    return { record: { ...record, requests: record.requests + requests }, stopped: false };
  } catch (error) {
    if (!(error instanceof AppFailure) || isRetryable(error.error)) return { record, stopped: false };
    const cause = error.error;
    const errors: TriageRecord['errors'] = { ...record.errors };
    for (const step of open) errors[step] = stopped(cause);
    const sent = cause.step === 'freshdeskListTicketFields' ? 1 : 0; // the read that answered the refusal
    return { record: { ...record, errors, status: 'failed', requests: record.requests + sent, updatedAt: now }, stopped: true };
  }
}
