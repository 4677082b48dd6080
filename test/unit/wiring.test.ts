/**
 * The three places that must agree (docs/platform.md "Manifest (platform 3.0)", "Serverless runtime: server.js",
 * "Server method invocation (SMI)"): the manifest's handler, template and function names; config/requests.json; and
 * what the built server.js exports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createHandlers } from '../../server/handlers';
import type { HandlerDeps } from '../../server/ports';

const root = join(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, any>;
const manifest = readJson('manifest.json');
const modules = Object.values(manifest.modules) as Array<Record<string, any>>;

const manifestHandlers = modules.flatMap((m) => Object.values(m.events ?? {}).map((e: any) => e.handler as string));
const manifestFunctions = modules.flatMap((m) => Object.keys(m.functions ?? {}));
const manifestRequests = modules.flatMap((m) => Object.keys(m.requests ?? {}));

/** Loads the built bundle with the FDK's wrapper and reports the keys of `exports`. */
function builtExports(): string[] {
  const code = readFileSync(join(root, 'server/server.js'), 'utf8');
  const wrapped = `(function(){ var exports = {}; ${code}\n; return exports; })()`;
  return Object.keys(vm.runInNewContext(wrapped, { console }) as object).sort();
}

const unused = async (): Promise<never> => {
  throw new Error('not called: this test only reads the handler table');
};
/** Every port method throws: building the table must not call any of them. */
const unusedPort = new Proxy({}, { get: () => unused });
const unusedDeps = {
  templates: { call: unused },
  simpli: unusedPort as HandlerDeps['simpli'],
  helpdesk: unusedPort as HandlerDeps['helpdesk'],
  store: unusedPort as HandlerDeps['store'],
  scheduler: unusedPort as HandlerDeps['scheduler'],
  backlog: unusedPort as HandlerDeps['backlog'],
  log: { info() {}, warn() {}, error() {} },
  clock: { now: () => 0 },
  answer: () => undefined,
};

describe('manifest ↔ server ↔ requests.json', () => {
  const declared = [...manifestHandlers, ...manifestFunctions].sort();

  it('declares the five product and app events the app needs', () => {
    expect(Object.keys(manifest.modules.common.events).sort()).toEqual(['onAppInstall', 'onAppUninstall', 'onScheduledEvent']);
    expect(Object.keys(manifest.modules.support_ticket.events).sort()).toEqual([
      'onConversationCreate',
      'onTicketCreate',
      'onTicketUpdate',
    ]);
  });

  it('the handler table has exactly the manifest handler and SMI names', () => {
    expect(Object.keys(createHandlers(unusedDeps)).sort()).toEqual(declared);
  });

  it('the built server.js exports exactly the manifest handler and SMI names', () => {
    expect(builtExports()).toEqual(declared);
  });

  it('every template in requests.json is declared in the manifest, and the reverse', () => {
    expect(Object.keys(readJson('config/requests.json')).sort()).toEqual([...manifestRequests].sort());
  });

  it('the built server.js is one classic script: no import/export statements, no module.exports', () => {
    const code = readFileSync(join(root, 'server/server.js'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/module\.exports/);
    expect(code.trimEnd()).toMatch(/exports = \{[^]*\};$/);
    expect(code.split('\n')[0]).toMatch(/GENERATED/);
  });
});

describe('request templates', () => {
  /** Every `<%= … %>` in a template value, anywhere in the schema. */
  const expressions = (value: unknown): string[] =>
    typeof value === 'string'
      ? [...value.matchAll(/<%=([\s\S]*?)%>/g)].map((m) => m[1]!.trim())
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(expressions)
        : [];

  it('uses only the substitution forms public samples prove: a member, or encode() of one; never an operator', () => {
    const all = Object.values(readJson('config/requests.json')).flatMap(expressions);
    expect(all.length).toBeGreaterThan(30);
    for (const expr of all) expect(expr).toMatch(/^(?:(?:iparam|context)\.[a-z_]+|encode\((?:iparam|context)\.[a-z_]+\))$/);
  });

  const templates = Object.entries(readJson('config/requests.json')) as Array<[string, { schema: { host: string; headers?: Record<string, string> } }]>;

  it('every Simpli template sends the API key and a request id (docs/simpli.md "Request headers")', () => {
    const simpli = templates.filter(([name]) => name.startsWith('simpli'));
    expect(simpli.length).toBeGreaterThanOrEqual(10);
    for (const [name, t] of simpli) {
      expect([name, t.schema.headers?.['X-API-Key']]).toEqual([name, '<%= iparam.simpli_api_key %>']);
      expect([name, t.schema.headers?.['X-Request-ID']]).toEqual([name, expect.stringMatching(/\S/)]);
      expect([name, t.schema.host]).toEqual([name, expect.stringMatching(/^<%= iparam\.simpli_[a-z]+_host %>$/)]);
    }
  });

  // docs/platform.md "Request templates: substitution"
  it('every Freshdesk template uses Basic auth of the secure key alone through encode(), the form public samples use', () => {
    const freshdesk = templates.filter(([name]) => name.startsWith('freshdesk'));
    expect(freshdesk.length).toBeGreaterThanOrEqual(12);
    for (const [name, t] of freshdesk) {
      // Freshdesk takes the key as the Basic user name and ignores the password (docs/freshdesk.md "Authentication").
      expect([name, t.schema.headers?.Authorization]).toEqual([name, 'Basic <%= encode(iparam.freshdesk_api_key) %>']);
      expect([name, t.schema.host]).toEqual([name, '<%= iparam.freshdesk_subdomain %>.freshdesk.com']);
    }
  });
});
