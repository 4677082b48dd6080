/**
 * Manifest events ↔ server/server.js exports, and the script rules of docs/platform.md "Serverless runtime: server.js",
 * on temporary copies of the app.
 */
import { cleanApps, declaredNames, editJson, expectError, lines, makeApp, problemsOf, readJson, remove, write, writeServerFor, writeServerWith } from './fixture';

afterAll(cleanApps);

const SERVER = 'server/server.js';

describe('events', () => {
  it('rejects an event that does not belong to the module', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => (m.modules.common.events.onFoo = { handler: 'onAppInstallHandler' }));
    expectError(dir, "Invalid event: 'onFoo' for module: common", 'manifest.json');
  });

  it('rejects a product event declared under common', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => (m.modules.common.events.onTicketCreate = { handler: 'onTicketCreateHandler' }));
    expectError(dir, "Invalid event: 'onTicketCreate' for module: common");
  });

  it('requires a valid handler name', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => (m.modules.support_ticket.events.onTicketCreate = { handler: 'on-create' }));
    expectError(dir, 'Invalid handler name "on-create" for event \'onTicketCreate\'');
    editJson(dir, 'manifest.json', (m) => (m.modules.support_ticket.events.onTicketCreate = {}));
    expectError(dir, "/modules/support_ticket/events/onTicketCreate must have required property 'handler'");
  });

  it('requires every handler to be exported by server.js', () => {
    const dir = makeApp();
    writeServerFor(dir, declaredNames(readJson(dir, 'manifest.json')).filter((n) => n !== 'onTicketUpdateHandler'));
    expectError(dir, "Event callback 'onTicketUpdateHandler' is not defined for module: support_ticket.", SERVER);
    expect(lines(problemsOf(dir))).toHaveLength(1);
  });
});

describe('server.js', () => {
  it('is required when the manifest declares events or functions', () => {
    const dir = makeApp();
    remove(dir, SERVER);
    expectError(dir, 'Mandatory file(s) missing: server/server.js');
  });

  it('rejects module.exports', () => {
    const dir = makeApp();
    const names = declaredNames(readJson(dir, 'manifest.json'));
    write(dir, SERVER, `module.exports = {\n${names.map((n) => `  ${n}: function () {},`).join('\n')}\n};\n`);
    expectError(dir, 'server.js must assign exports = { … }, not module.exports (line 1)', SERVER);
    expectError(dir, 'module is not defined');
  });

  it('accepts module.exports inside nested code (bundled CommonJS wrappers, UMD guards)', () => {
    const dir = makeApp();
    writeServerWith(dir, `var lib = (function () { var module = { exports: {} }; module.exports = 1; return module.exports; })();\n`);
    expect(problemsOf(dir)).toEqual([]);
  });

  it('rejects ESM syntax', () => {
    const dir = makeApp();
    write(dir, SERVER, `import x from 'y';\nexport const onAppInstallHandler = () => x;\n`);
    expectError(dir, "ESM syntax is not supported (line 1: import x from 'y';)");
    expectError(dir, 'ESM syntax is not supported (line 2: export const');
  });

  it('reports a file that does not parse', () => {
    const dir = makeApp();
    write(dir, SERVER, 'exports = { onAppInstallHandler: function ( { };\n');
    expectError(dir, 'Error while parsing file containing serverless functions');
  });

  it('reports top-level code that needs a global the sandbox lacks', () => {
    const dir = makeApp();
    writeServerWith(dir, 'setTimeout(function () {}, 1);\n');
    expectError(dir, 'Error while executing App server script! - setTimeout is not defined (the FDK sandbox has no global `setTimeout`)');
  });

  it('requires exported functions', () => {
    const dir = makeApp();
    write(dir, SERVER, 'exports = {};\n');
    expectError(dir, 'server.js exports no functions');
  });

  it('rejects relative requires and unlisted packages, even when only called later', () => {
    const dir = makeApp();
    writeServerWith(dir, `function later() { return [require('./lib/helper'), require('crypto'), require('lodash/get')]; }\n`);
    expectError(dir, "require('./lib/helper') cannot resolve on the platform");
    expectError(dir, "'crypto' is not listed in manifest. (Node built-ins are not available to the FDK sandbox require)");
    expectError(dir, "'lodash/get' is not listed in manifest.");
  });

  it('rejects the pre-2.3 Request API', () => {
    const dir = makeApp();
    writeServerWith(dir, `function old() { return $request.post('https://x.example.com', {}); }\n`);
    expectError(dir, 'post is no longer supported in Request API (line 1)');
  });
});

describe('dependencies', () => {
  it('rejects ranges and unused packages, and warns that the project bundles instead', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => (m.dependencies = { lodash: '^4.17.21' }));
    expectError(dir, "Package 'lodash' version contains special characters(^ or ~).");
    expectError(dir, 'The following dependencies are not used: lodash');
    expect(problemsOf(dir).some((p) => p.severity === 'warning' && p.message.includes('bundles server code'))).toBe(true);
  });

  it('accepts an exact, used dependency (with the bundling warning only)', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => (m.dependencies = { 'jsonwebtoken': '9.0.2' }));
    writeServerWith(dir, "var jwt = require('jsonwebtoken');\n");
    expect(lines(problemsOf(dir))).toEqual([]);
    expect(lines(problemsOf(dir), 'warning')).toHaveLength(1);
  });
});
