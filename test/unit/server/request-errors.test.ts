import { isRetryable } from '../../../server/domain/retry-policy';
import { toAppError } from '../../../server/fdk/request';

const rejection = (status: number, extra: object = {}) => ({ status, headers: {}, response: '', errorSource: 'APP', ...extra });

// docs/platform.md "Request templates: invoking and results"
describe('toAppError: the platform rejection as one error kind', () => {
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

describe('toAppError: a refused key or host names the setting to fix, in the installation page words', () => {
  it('a Simpli 401 or 403 is the Simpli API key', () => {
    expect(toAppError('simpliClassify', rejection(401)).message).toBe('Simpli rejected the API key (401): check the Simpli API key setting');
    expect(toAppError('simpliEvaluateQa', rejection(403)).message).toBe('Simpli rejected the API key (403): check the Simpli API key setting');
  });

  it('a Freshdesk 401 is the Freshdesk API key', () => {
    const error = toAppError('freshdeskUpdateTicket', rejection(401, { response: '{"code":"invalid_credentials","message":"You have to be logged in to perform this action."}' }));
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, message: 'Freshdesk rejected the API key (401): check the Freshdesk API key setting' });
    expect(isRetryable(error)).toBe(false);
  });

  it("a Freshdesk 403 is a key whose agent lacks the permission, or the plan's feature, said as such", () => {
    const denied = toAppError('freshdeskUpdateContact', rejection(403, { response: '{"code":"access_denied","message":"You are not authorized to perform this action."}' }));
    expect(denied).toMatchObject({ kind: 'unauthorized', status: 403 });
    expect(denied.message).toBe('Freshdesk refused the request (403 access_denied): the agent whose key is in the Freshdesk API key setting lacks the permission for it');
    expect(toAppError('freshdeskCreateNote', rejection(403)).message).toMatch(/^Freshdesk refused the request \(403\): the agent whose key .* lacks the permission/);
    expect(toAppError('freshdeskCreateNote', rejection(403, { response: '{"code":"require_feature","message":"The X feature(s) is/are not supported in your plan."}' })).message).toMatch(/plan lacks this feature/);
    expect(toAppError('freshdeskCreateNote', rejection(403, { response: '{"code":"account_suspended"}' })).message).toMatch(/403 account_suspended\): check the Freshdesk account and the Freshdesk API key setting/);
  });

  it.each([
    ['simpliClassify', 'Invalid URL - Must be FQDN', 'simpli_triage_host', 'Simpli Triage service host'],
    ['simpliAnalyzeSentiment', 'Invalid URL - IP is disallowed', 'simpli_sentiment_host', 'Simpli Sentiment service host'],
    ['freshdeskGetTicket', 'Invalid URL - Must be FQDN', 'freshdesk_subdomain', 'Freshdesk subdomain'],
  ] as const)("%s: the platform's own reason %j reaches the message with the setting", (template, reason, key, label) => {
    const error = toAppError(template, rejection(400, { errorSource: 'PLATFORM', response: reason }));
    expect(error.kind).toBe('not_configured');
    expect(isRetryable(error)).toBe(false);
    expect(error.message).toContain(`"${reason}"`);
    expect(error.message).toContain(`the ${label} setting (${key})`);
  });

  it('a template the platform could not fill from the settings names the host and key settings', () => {
    const error = toAppError('freshdeskCreateNote', rejection(400, { errorSource: 'PLATFORM', response: 'Error while substituting the templates' }));
    expect(error.kind).toBe('not_configured');
    expect(error.message).toBe(
      'the platform could not build freshdeskCreateNote from the settings ("Error while substituting the templates"): check the Freshdesk subdomain setting (freshdesk_subdomain) and the Freshdesk API key setting',
    );
  });

  it("another platform 4xx is a refusal with the platform's reason, cut short", () => {
    const error = toAppError('simpliDraft', rejection(413, { errorSource: 'PLATFORM', response: `Request body exceeds the 100 KB limit${'!'.repeat(300)}` }));
    expect(error.kind).toBe('rejected');
    expect(error.message.length).toBeLessThan(220);
    expect(error.message).toMatch(/^the platform refused simpliDraft \(413: "Request body exceeds the 100 KB limit/);
  });

  it('a 400 from the service itself stays a refusal of our payload, its body unread', () => {
    expect(toAppError('freshdeskUpdateTicket', rejection(400, { response: 'Must be FQDN' })).kind).toBe('rejected');
  });
});
