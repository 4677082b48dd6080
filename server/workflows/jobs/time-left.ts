/**
 * For steps that make more than one request in a row (read, then write): each request starts only if it can
 * finish inside the handler's 20 s (domain/handler-time.ts, docs/platform.md "Execution limits"). Otherwise the step
 * fails as a timeout, which is retried: the retry makes all of the step's requests again, none is left half-done.
 */
import type { Clock } from '../../ports';
import { canStartStage } from '../../domain/handler-time';
import { AppFailure } from '../../domain/errors';

export interface HandlerTime {
  clock: Clock;
  /** When the handler run began (epoch ms). */
  startedAt: number;
}

export function ensureTimeFor(step: string, { clock, startedAt }: HandlerTime): void {
  if (!canStartStage(clock.now() - startedAt)) {
    throw new AppFailure({ kind: 'timeout', step, message: `${step} ran out of handler time; continues later` });
  }
}
