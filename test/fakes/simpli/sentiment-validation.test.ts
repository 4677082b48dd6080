/**
 * POST /analyze request validation (docs/simpli.md "Sentiment: POST /analyze"): pydantic 2's messages in core's 422
 * shape.
 */
import { startSimpli, stopSimpli, type SimpliFakes } from '../../../devkit/fakes/simpli';
import { client, postJson } from './helpers';

let fakes: SimpliFakes;
beforeAll(async () => {
  fakes = await startSimpli();
});
afterAll(() => stopSimpli(fakes));

async function errorsOf(body: unknown): Promise<unknown> {
  const res = await postJson(client(fakes.sentiment.url), '/analyze', body);
  expect(res.status).toBe(422);
  return (res.json as { errors: unknown }).errors;
}

const PATTERN_MESSAGE = "String should match pattern '^[A-Za-z0-9][A-Za-z0-9\\-_]{0,63}$'";

it('the documented 422 body, exactly', async () => {
  const res = await postJson(client(fakes.sentiment.url), '/analyze', { text: 'Hello' }, { 'X-Request-ID': 'fd-9' });
  expect(res.text).toBe(
    '{"error_code":"VALIDATION_ERROR","detail":"Request validation failed","request_id":"fd-9",' +
      '"errors":[{"field":"body -> customer_id","message":"Field required"}]}',
  );
});

it.each([
  ['empty text', { customer_id: 'C-001', text: '' }, 'body -> text', 'String should have at least 1 character'],
  ['10001 characters', { customer_id: 'C-001', text: 'x'.repeat(10001) }, 'body -> text', 'String should have at most 10000 characters'],
  ['a path in the id', { customer_id: '../../etc', text: 'Hello' }, 'body -> customer_id', PATTERN_MESSAGE],
  ['an id starting with _', { customer_id: '_x', text: 'Hello' }, 'body -> customer_id', PATTERN_MESSAGE],
  ['an id ending in a newline', { customer_id: 'abc\n', text: 'Hello' }, 'body -> customer_id', PATTERN_MESSAGE],
  ['a numeric id (no coercion)', { customer_id: 12345, text: 'Hello' }, 'body -> customer_id', 'Input should be a valid string'],
  ['a null text', { customer_id: 'C-1', text: null }, 'body -> text', 'Input should be a valid string'],
  ['channel "portal"', { customer_id: 'C-1', text: 'x', channel: 'portal' }, 'body -> channel', "Input should be 'email', 'chat', 'phone', 'social' or 'web'"],
  ['channel "EMAIL" (lower case only)', { customer_id: 'C-1', text: 'x', channel: 'EMAIL' }, 'body -> channel', "Input should be 'email', 'chat', 'phone', 'social' or 'web'"],
  ['a lone surrogate', { customer_id: 'C-1', text: 'ok \ud800' }, 'body -> text', 'Input should be a valid string, unable to parse raw data as a unicode string'],
])('%s', async (_label, body, field, message) => {
  expect(await errorsOf(body)).toEqual([{ field, message }]);
});

it('a 65-character id reports only the length, not the pattern', async () => {
  expect(await errorsOf({ customer_id: 'a'.repeat(65), text: 'x' })).toEqual([
    { field: 'body -> customer_id', message: 'String should have at most 64 characters' },
  ]);
});

it('every failing field is reported, in declaration order', async () => {
  expect(await errorsOf({ channel: 'fax' })).toEqual([
    { field: 'body -> customer_id', message: 'Field required' },
    { field: 'body -> text', message: 'Field required' },
    { field: 'body -> channel', message: "Input should be 'email', 'chat', 'phone', 'social' or 'web'" },
  ]);
});

describe('text length counts code points, not UTF-16 units', () => {
  it('10000 emoji (20000 UTF-16 units) are accepted', async () => {
    const res = await postJson(client(fakes.sentiment.url), '/analyze', { customer_id: 'C-1', text: '😀'.repeat(10000) });
    expect(res.status).toBe(200);
  });

  it('10001 emoji are not', async () => {
    expect(await errorsOf({ customer_id: 'C-1', text: '😀'.repeat(10001) })).toEqual([
      { field: 'body -> text', message: 'String should have at most 10000 characters' },
    ]);
  });

  it('9999 letters + 1 emoji (JS length 10001) are accepted', async () => {
    const res = await postJson(client(fakes.sentiment.url), '/analyze', { customer_id: 'C-1', text: `${'x'.repeat(9999)}😀` });
    expect(res.status).toBe(200);
  });
});

it('unknown fields are ignored, channel may be null', async () => {
  const res = await postJson(client(fakes.sentiment.url), '/analyze', { customer_id: 'C-1', text: 'great', channel: null, ticket: 7 });
  expect(res.text).toBe('{"score":0.7,"label":"positive","escalation_risk":0.0,"triggers":[]}');
});

it('a rejected request changes no state', async () => {
  const before = fakes.sentiment.service.state();
  await errorsOf({ customer_id: 'C-77', text: '' });
  expect(fakes.sentiment.service.state()).toEqual(before);
});
