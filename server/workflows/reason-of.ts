import { AppFailure } from '../domain/errors';

/** The log-safe reason of anything a port threw. */
export const reasonOf = (error: unknown): string =>
  error instanceof AppFailure ? error.message : error instanceof Error ? error.message : String(error);
