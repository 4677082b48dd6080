/**
 * What one install may still spend: template requests out of INSTALL_REQUEST_BUDGET, and handler time (a stage
 * of requests starts only if it can finish inside the 20 s even when a request takes its full timeout,
 * domain/handler-time.ts).
 */
import { canStartStage } from '../../domain/handler-time';
import { INSTALL_REQUEST_BUDGET } from '../../domain/install/health-plan';
import type { Clock } from '../../ports';

export const OUT_OF_TIME = 'the install ran out of handler time; install again to finish';

export interface InstallRun {
  clock: Clock;
  startedAt: number;
  /** Template requests made so far. */
  requests: number;
}

export const startRun = (clock: Clock, startedAt = clock.now()): InstallRun => ({ clock, startedAt, requests: 0 });

export const requestsLeft = (run: InstallRun): number => Math.max(0, INSTALL_REQUEST_BUDGET - run.requests);

/** Whether a stage of `count` requests may start now. */
export const canStart = (run: InstallRun, count = 1): boolean =>
  requestsLeft(run) >= count && canStartStage(run.clock.now() - run.startedAt);
