import * as z from 'zod/mini';

const anyRecord = z.record(z.string(), z.unknown());

/**
 * One attribute of the ticket's `$db` record, unparsed: each feature parses its own attribute with its own schema,
 * so one feature's odd record never hides another's.
 */
export function ticketAttribute(stored: unknown, name: string): unknown {
  const parsed = anyRecord.safeParse(stored);
  return parsed.success ? parsed.data[name] : undefined;
}
