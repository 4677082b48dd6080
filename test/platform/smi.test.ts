/**
 * SMI (docs/platform.md "renderData", "Server method invocation (SMI)"): renderData semantics and each error form,
 * the payload the server receives, the 100 KB payload limit, 50 invocations per minute, and the execution limit.
 */
import type { SmiFailure } from '../../devkit/platform/types';
import { SMI_MESSAGES } from '../../devkit/platform/smi';
import { IPARAM_VALUES, probePlatform, rejection } from './helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function failure(promise: Promise<unknown>): Promise<SmiFailure> {
  return (await rejection(promise)) as SmiFailure;
}

describe('renderData(null, data) → { requestID, response } (docs/platform.md "renderData")', () => {
  it('resolves with the data, and the server saw the payload merged with iparams and currentHost', async () => {
    const { platform } = probePlatform();
    const result = await platform.invokeSmi('regenerateDraft', { mode: 'echo', ticketId: 1201 });
    expect(result.requestID).toMatch(UUID);
    const got = (result.response as { got: Record<string, unknown> }).got;
    expect(got).toMatchObject({ mode: 'echo', ticketId: 1201 });
    const { simpli_api_key: _s, freshdesk_api_key: _f, ...nonSecure } = IPARAM_VALUES;
    expect(got.iparams).toEqual(nonSecure); // secure ones withheld by default
    expect(got.currentHost).toEqual({ subscribed_modules: ['support_ticket'], endpoint_urls: { freshdesk: 'https://acme.freshdesk.com' } });
  });

  it('the platform iparams replace an `iparams` key the front end sent', async () => {
    const { platform } = probePlatform({ secureIparamsInPayloads: true });
    const result = await platform.invokeSmi('regenerateDraft', { mode: 'echo', iparams: { simpli_api_key: 'forged', extra: 1 } });
    const { iparams } = (result.response as { got: { iparams: Record<string, unknown> } }).got;
    expect(iparams.simpli_api_key).toBe('secure-simpli-key');
    expect(iparams).not.toHaveProperty('extra');
  });

  it('renderData(null) resolves without a response', async () => {
    const { platform } = probePlatform();
    const result = await platform.invokeSmi('regenerateDraft', { mode: 'nothing' });
    expect(result.response).toBeUndefined();
    expect(result.requestID).toMatch(UUID);
  });

  it('only the first renderData counts', async () => {
    const { platform } = probePlatform();
    const result = await platform.invokeSmi('regenerateDraft', { mode: 'twice' });
    expect(result.response).toEqual({ first: true });
    expect(platform.runs()[0]?.logs).toContain('[platform] renderData called more than once; only the first call counts');
  });

  it('waits for renderData after asynchronous work', async () => {
    const { platform, clock } = probePlatform();
    const result = await platform.invokeSmi('regenerateDraft', { mode: 'async' });
    expect(result.response).toEqual({ stored: true });
    expect(platform.db.peek('smi-async')).toEqual({ at: clock.now() });
  });
});

// docs/platform.md "renderData"
describe('renderData(error) → rejection { requestID, status, message, errorSource: "APP" }', () => {
  it('passes status and message through', async () => {
    const { platform } = probePlatform();
    const error = await failure(platform.invokeSmi('regenerateDraft', { mode: 'status-message' }));
    expect(error).toEqual({ requestID: expect.stringMatching(UUID), status: 418, message: 'I am a teapot', errorSource: 'APP' });
  });

  it('defaults the status to 500 and the message to null', async () => {
    const { platform } = probePlatform();
    await expect(failure(platform.invokeSmi('regenerateDraft', { mode: 'message-only' }))).resolves.toMatchObject({
      status: 500,
      message: 'no status given',
      errorSource: 'APP',
    });
    await expect(failure(platform.invokeSmi('regenerateDraft', { mode: 'status-only' }))).resolves.toMatchObject({
      status: 409,
      message: null,
      errorSource: 'APP',
    });
  });

  it('accepts an Error instance (it has a message)', async () => {
    const { platform } = probePlatform();
    await expect(failure(platform.invokeSmi('regenerateDraft', { mode: 'error-instance' }))).resolves.toMatchObject({
      status: 500,
      message: 'an Error instance',
    });
  });

  it('answers 400 for an error that is not an object with a message or a status', async () => {
    const { platform } = probePlatform();
    for (const mode of ['string', 'array', 'no-fields']) {
      await expect(failure(platform.invokeSmi('regenerateDraft', { mode }))).resolves.toEqual({
        requestID: expect.stringMatching(UUID),
        status: 400,
        message: 'The error should be a JSON Object with a message or a status parameter.',
        errorSource: 'APP',
      });
    }
  });
});

describe('SMI failures that are not renderData', () => {
  it('a handler that throws or rejects answers 500 "Error while executing App server script!"', async () => {
    const { platform } = probePlatform();
    await expect(failure(platform.invokeSmi('regenerateDraft', { mode: 'throw' }))).resolves.toMatchObject({
      status: 500,
      message: 'Error while executing App server script! - smi threw',
      errorSource: 'APP',
    });
    await expect(failure(platform.invokeSmi('regenerateDraft', { mode: 'reject' }))).resolves.toMatchObject({
      status: 500,
      message: 'Error while executing App server script! - smi rejected',
    });
  });

  it('no renderData within the limit is a timeout, even when the handler returned a value', async () => {
    const { platform } = probePlatform({ executionTimeoutMs: 100 });
    await expect(failure(platform.invokeSmi('regenerateDraft', { mode: 'never' }))).resolves.toMatchObject({
      status: 504,
      message: SMI_MESSAGES.timeout,
      errorSource: 'APP',
    });
    await expect(failure(platform.invokeSmi('sendDraftFeedback', { mode: 'returns a value' }))).resolves.toMatchObject({
      status: 504,
      message: 'Timeout error while processing the request.',
    });
    expect(platform.runs().map((r) => r.failure)).toEqual(['timeout', 'timeout']);
  });

  it('an undeclared function, or a declared one the script does not export, is "Requested function not found or registered"', async () => {
    const { platform } = probePlatform();
    for (const name of ['deleteEverything', 'retryTicket']) {
      await expect(failure(platform.invokeSmi(name, {}))).resolves.toEqual({
        requestID: expect.stringMatching(UUID),
        status: 404,
        message: 'Requested function not found or registered',
        errorSource: 'PLATFORM',
      });
    }
  });
});

describe('SMI limits (docs/platform.md "Server method invocation (SMI)", "Limits")', () => {
  it('accepts a 100 KB payload and refuses a larger one without running the handler', async () => {
    const { platform } = probePlatform();
    const fill = 100 * 1024 - JSON.stringify({ mode: 'nothing', pad: '' }).length;
    await expect(platform.invokeSmi('regenerateDraft', { mode: 'nothing', pad: 'x'.repeat(fill) })).resolves.toMatchObject({ response: undefined });
    await expect(failure(platform.invokeSmi('regenerateDraft', { mode: 'nothing', pad: 'x'.repeat(fill + 1) }))).resolves.toMatchObject({
      status: 413,
      errorSource: 'PLATFORM',
    });
    expect(platform.runs()).toHaveLength(1);
  });

  it('allows 50 invocations a minute, refuses the 51st with 429, and recovers after 60 s', async () => {
    const { platform } = probePlatform();
    for (let i = 0; i < 50; i += 1) await platform.invokeSmi('regenerateDraft', { mode: 'nothing' });
    await expect(failure(platform.invokeSmi('regenerateDraft', { mode: 'nothing' }))).resolves.toMatchObject({
      status: 429,
      errorSource: 'PLATFORM',
    });
    expect(platform.budgetUsage().smi).toBe(50);
    await platform.advance(60_000);
    await expect(platform.invokeSmi('regenerateDraft', { mode: 'nothing' })).resolves.toMatchObject({ requestID: expect.stringMatching(UUID) });
  });
});
