import { AppFailure, type AppError } from '../domain/errors';

/**
 * `$db` and `$schedule` reject with `{ status, message }` (docs/platform.md "Key-value store",
 * "Scheduled events: the $schedule API").
 */
export function platformError(step: string, rejection: unknown): AppError {
  const r = (typeof rejection === 'object' && rejection !== null ? rejection : {}) as { status?: unknown; message?: unknown };
  const status = typeof r.status === 'number' ? r.status : undefined;
  const detail = typeof r.message === 'string' ? r.message : 'no message';
  if (status === 429) return { kind: 'rate_limited', step, status, byPlatform: true, message: `${step} is rate limited by the platform (429)` };
  if (status === undefined || status >= 500) return { kind: 'unavailable', step, ...(status ? { status } : {}), message: `${step} failed: ${detail}` };
  return { kind: 'rejected', step, status, message: `${step} refused: ${detail}` };
}

export const platformFailure = (step: string, rejection: unknown): AppFailure => new AppFailure(platformError(step, rejection));

export function rejectionMessage(rejection: unknown): string {
  const message = (rejection as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : '';
}

export const rejectionStatus = (rejection: unknown): number | undefined => {
  const status = (rejection as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
};
