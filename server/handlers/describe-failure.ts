import { AppFailure } from '../domain/errors';

/** The one log-safe sentence for anything a step threw. */
export function describeFailure(error: unknown): string {
  if (error instanceof AppFailure) return `${error.error.kind}: ${error.message}`;
  return `unexpected: ${error instanceof Error ? error.message : String(error)}`;
}
