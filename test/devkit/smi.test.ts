/** SMI declarations (docs/platform.md "Server method invocation (SMI)") on temporary copies of the app. */
import { cleanApps, editJson, expectError, lines, makeApp, problemsOf, writeServerFor } from './fixture';

afterAll(cleanApps);

function withFunction(name: string, entry: Record<string, unknown> = {}, exportIt = true): string {
  const dir = makeApp();
  editJson(dir, 'manifest.json', (m) => (m.modules.common.functions[name] = entry));
  if (exportIt) writeServerFor(dir);
  return dir;
}

describe('SMI functions', () => {
  it.each(['1summary', 'a', 'bad-name', 'x'.repeat(41), 'has space'])('rejects the name %j', (name) => {
    expectError(withFunction(name), `Function "${name}" in modules.common.functions has invalid name`);
  });

  it.each(['ab', '_private', 'x'.repeat(40), 'summarize_v2'])('accepts the name %j', (name) => {
    expect(problemsOf(withFunction(name))).toEqual([]);
  });

  it('requires the function to be exported by server.js', () => {
    const dir = withFunction('summarizeTicket', {}, false);
    expectError(dir, 'SMI function not found: "summarizeTicket"', 'server/server.js');
  });

  it('allows only the documented timeouts (5, 10, 15, 20, 25 or 30 seconds)', () => {
    expectError(withFunction('summarizeTicket', { timeout: 12 }), 'Timeout should be one of the allowed values (5, 10, 15, 20, 25, 30) for function "summarizeTicket"');
    expectError(withFunction('summarizeTicket', { retries: 2 }), "must NOT have additional properties 'retries'");
    expect(lines(problemsOf(withFunction('summarizeTicket', { timeout: 30 })))).toEqual([]);
  });
});
