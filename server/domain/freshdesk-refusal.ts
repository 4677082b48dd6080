/**
 * When Freshdesk refuses the app's API key, no customer text should go to Simpli for work that cannot be written
 * back. The refusal is remembered (in the cached account data, workflows/freshdesk-refusals.ts) and holds new work
 * back for a short while; after that the next run asks Freshdesk again, and an agent's Retry always does.
 */
import type { AppError } from './errors';

/** Long enough to spare a burst of tickets, short enough that a fixed key is noticed soon without a Retry. */
export const REFUSAL_HOLD_MS = 10 * 60_000;

export interface FreshdeskRefusal {
  /** When Freshdesk answered it (epoch ms). */
  at: number;
  status: number;
  /** The step's own sentence, naming the setting (server/fdk/request.ts); never a key. */
  message: string;
}

/**
 * A refusal that says the key cannot work at all: a 401 from any call, or a 403 from the ticket fields, which
 * every agent may read (https://support.freshdesk.com/support/solutions/articles/225440-status-codes-and-its-reasons).
 * Other 403s are one permission the key's agent lacks: that step fails for good, other work goes on.
 */
export const isKeyRefusal = (error: AppError): boolean =>
  error.kind === 'unauthorized' && error.step.startsWith('freshdesk') && (error.status === 401 || error.step === 'freshdeskListTicketFields');

export const refusalOf = (error: AppError, at: number): FreshdeskRefusal => ({ at, status: error.status ?? 401, message: error.message });

export const isHolding = (refusal: FreshdeskRefusal, now: number): boolean => now - refusal.at < REFUSAL_HOLD_MS;

/** The error of a step held back by a recent refusal: it did not run, and is not retried (an agent's Retry asks again). */
export function heldBack(step: string, refusal: FreshdeskRefusal): AppError {
  const minutes = Math.round(REFUSAL_HOLD_MS / 60_000);
  return {
    kind: 'freshdesk_key_rejected',
    step,
    status: refusal.status,
    message: `${refusal.message}; nothing was sent to Simpli (Freshdesk is asked again ${minutes} minutes after its refusal, or on Retry)`,
  };
}
