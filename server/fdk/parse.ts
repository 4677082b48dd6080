import type * as z from 'zod/mini';
import { AppFailure } from '../domain/errors';

/** A response body that does not match its contract is the step failing: it is never written anywhere. */
export function parseResponse<T extends z.ZodMiniType>(step: string, schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues
    .slice(0, 3)
    .map((i) => i.path.join('.') || '(root)')
    .join(', ');
  throw new AppFailure({ kind: 'invalid_response', step, message: `${step} answered with an unusable body (${where})` });
}
