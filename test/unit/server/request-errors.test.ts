import { isRetryable } from '../../../server/domain/errors';
import { toAppError } from '../../../server/fdk/request';

const rejection = (status: number, extra: object = {}) => ({ status, headers: {}, response: '', errorSource: 'APP', ...extra });

describe('toAppError: the platform rejection (fdk-platform.md §2.3) as one error kind', () => {
  it.each([
    [502, 'unavailable', true],
    [503, 'unavailable', true],
    [500, 'unavailable', true],
    [504, 'timeout', true],
    [429, 'rate_limited', true],
    [401, 'unauthorized', false],
    [403, 'unauthorized', false],
    [400, 'rejected', false],
    [422, 'rejected', false],
    [404, 'rejected', false],
  ])('status %i → %s (retryable: %s)', (status, kind, retryable) => {
    const error = toAppError('simpliClassify', rejection(status));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(isRetryable(error)).toBe(retryable);
  });

  it('keeps the Retry-After hint of a 429, whatever the header case', () => {
    expect(toAppError('freshdeskUpdateTicket', rejection(429, { headers: { 'Retry-After': '37' } })).retryAfterSeconds).toBe(37);
    expect(toAppError('freshdeskUpdateTicket', rejection(429, { headers: { 'retry-after': '5' } })).retryAfterSeconds).toBe(5);
    expect(toAppError('freshdeskUpdateTicket', rejection(429)).retryAfterSeconds).toBeUndefined();
  });

  it('says when the platform, not the service, rate limited us', () => {
    expect(toAppError('simpliDraft', rejection(429, { errorSource: 'PLATFORM' })).message).toMatch(/the platform/);
  });

  it('treats a rejection without a status as the service being unavailable', () => {
    expect(toAppError('simpliDraft', new Error('boom')).kind).toBe('unavailable');
    expect(toAppError('simpliDraft', undefined).kind).toBe('unavailable');
  });

  it('never puts the response body into the message (it may carry customer text)', () => {
    const error = toAppError('freshdeskCreateNote', rejection(400, { response: '{"secret":"customer text"}' }));
    expect(error.message).not.toContain('customer text');
  });
});
