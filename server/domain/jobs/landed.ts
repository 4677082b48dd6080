/**
 * Whether a write an earlier attempt made may have landed without being recorded — a run that ended without saving
 * its record (killed after its claim), or a request that may have reached the service (a timeout whose write still
 * landed). After a saved run whose request the platform's own budget refused before it left (`unsent`), or that
 * never tried it, there is no such doubt.
 */
export interface AttemptHistory {
  attempt: number;
  errors: Partial<Record<string, { unsent?: boolean }>>;
}

/** A step's recorded failure whose request may have reached the service (anything but a refusal before it left). */
export const mayHaveReached = (error: { unsent?: boolean } | undefined): boolean => error !== undefined && error.unsent !== true;

export function writeMayHaveLanded(stored: AttemptHistory | undefined, attempt: number, step: string): boolean {
  if (!stored) return attempt > 1;
  if (stored.attempt !== attempt - 1) return true;
  return mayHaveReached(stored.errors[step]);
}
