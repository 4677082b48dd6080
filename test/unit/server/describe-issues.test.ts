/**
 * The log line for a payload the handlers reject (server/contracts/events.ts): zod/mini carries no message texts,
 * so the line is made from each issue's path, code and limits — and never quotes the payload.
 */
import * as z from 'zod/mini';
import { describeIssues, ticketEventSchema } from '../../../server/contracts/events';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected the value to be rejected');
  return describeIssues(parsed.error);
};

describe('describeIssues', () => {
  it('names each wrong path and what was expected there', () => {
    const payload = { event: 'onTicketCreate', data: { ticket: { id: -4, status: 'open', subject: 'secret words' } } };
    expect(issuesOf(ticketEventSchema, payload)).toBe('data.ticket.id: value must be >= 0; data.ticket.status: expected number');
    const fractional = { event: 'onTicketCreate', data: { ticket: { id: 1.5, status: 2 } } };
    expect(issuesOf(ticketEventSchema, fractional)).toBe('data.ticket.id: expected int');
  });

  it('says (root) for the value itself, and never quotes the input', () => {
    const line = issuesOf(ticketEventSchema, 'customer text');
    expect(line).toBe('(root): expected object');
    expect(line).not.toContain('customer text');
  });

  it('gives the limits of lengths and sizes, the allowed values and the format', () => {
    expect(issuesOf(z.object({ a: z.string().check(z.maxLength(3)), b: z.array(z.string()).check(z.minLength(1)) }), { a: 'long', b: [] })).toBe(
      'a: length must be <= 3; b: size must be >= 1',
    );
    expect(issuesOf(z.object({ kind: z.enum(['pump', 'sweep']), n: z.number().check(z.positive()) }), { kind: 'other', n: 0 })).toBe(
      'kind: expected "pump" or "sweep"; n: value must be > 0',
    );
    expect(issuesOf(z.string().check(z.regex(/^a/)), 'b')).toBe('(root): expected the regex format');
  });
});
