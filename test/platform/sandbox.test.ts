/**
 * The serverless sandbox (docs/platform.md "Serverless runtime: server.js"): the globals a handler sees, what
 * is withheld, require, the per-invocation context, the platform clock, and the realm of values handed to the app.
 */
import path from 'node:path';
import { loadServerScript } from '../../devkit/platform/sandbox';
import { loggedJson, PROBE_SCRIPT, probePlatform } from './helpers';

interface GlobalsReport {
  types: Record<string, string>;
  globalIsGlobalThis: boolean;
  processKeys: string[];
  processEnv: string;
  cwd: string;
  dbMethods: string[];
  scheduleMethods: string[];
  requestMethods: string[];
  consoleMethods: string[];
}

describe('sandbox globals (docs/platform.md "Serverless runtime: server.js")', () => {
  it('gives a handler exactly the FDK globals', async () => {
    const { platform } = probePlatform();
    const run = await platform.fireEvent('onTicketCreate', { probe: 'globals' });
    expect(run.ok).toBe(true);
    const report = loggedJson<GlobalsReport>(run);
    for (const name of ['exports', 'console', 'process', '$request', '$db', '$schedule', 'global']) {
      expect([name, report.types[name]]).toEqual([name, 'object']);
    }
    for (const name of ['require', 'renderData', 'generateTargetUrl']) expect([name, report.types[name]]).toEqual([name, 'function']);
    expect(report.globalIsGlobalThis).toBe(true);
    // `entity` because the app declares config/entities.json (its `jobs` backlog).
    expect(report.dbMethods).toEqual(['delete', 'entity', 'get', 'set', 'update']);
    expect(report.scheduleMethods).toEqual(['create', 'delete', 'fetch', 'update']);
    expect(report.requestMethods).toEqual(['invokeTemplate']);
    expect(report.consoleMethods).toEqual(['debug', 'error', 'info', 'log', 'warn']);
  });

  it('withholds timers, Buffer, process.env and the host globals production lacks', async () => {
    const { platform } = probePlatform();
    const report = loggedJson<GlobalsReport>(await platform.fireEvent('onTicketCreate', { probe: 'globals' }));
    for (const name of ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'Buffer', 'fetch', 'URL', 'TextEncoder', 'queueMicrotask', 'structuredClone', 'module', '__dirname']) {
      expect([name, report.types[name]]).toEqual([name, 'undefined']);
    }
    expect(report.processKeys).toEqual(['cwd']);
    expect(report.processEnv).toBe('undefined');
    expect(report.cwd).toBe(path.dirname(PROBE_SCRIPT));
  });

  it('captures console output into the run, one line per call, formatted like Node', async () => {
    const { platform } = probePlatform();
    const run = await platform.fireEvent('onTicketCreate', { probe: 'globals' });
    expect(run.logs).toContain('[info] info line { a: 1 }');
    expect(run.logs).toContain('[warn] warn line');
    expect(run.logs).toContain('[error] error line');
  });

  it('echoes every log line when asked (npm start)', async () => {
    const echoed: string[] = [];
    const { platform } = probePlatform({ echo: (line) => echoed.push(line) });
    const run = await platform.fireEvent('onTicketCreate', { probe: 'globals' });
    expect(echoed).toEqual(run.logs);
  });
});

describe('require (docs/platform.md "Serverless runtime: server.js")', () => {
  it('loads relative files under server/ with the exports wrapper, and nothing else', async () => {
    const { platform } = probePlatform();
    const result = loggedJson(await platform.fireEvent('onTicketCreate', { probe: 'require' }));
    expect(result).toEqual({
      helper: 42,
      helperAgainSame: true,
      pkg: 'MODULE_NOT_FOUND', // bundled app: no server/node_modules
      builtin: 'MODULE_NOT_FOUND',
      outside: 'MODULE_NOT_FOUND', // outside the script's directory
      missing: 'MODULE_NOT_FOUND',
    });
  });
});

describe('one context per invocation', () => {
  it('runs the file afresh for every call: module state does not carry over', async () => {
    const { platform } = probePlatform();
    const first = await platform.fireEvent('onTicketCreate', { probe: 'loads' });
    const second = await platform.fireEvent('onTicketCreate', { probe: 'loads' });
    expect(first.logs).toEqual(['[log] loads=1']);
    expect(second.logs).toEqual(['[log] loads=1']);
  });
});

describe('values the app receives', () => {
  it('Date follows the platform clock', async () => {
    const { platform, clock } = probePlatform();
    clock.advance(123_456);
    const seen = loggedJson<{ now: number; iso: string; isDate: boolean }>(await platform.fireEvent('onTicketCreate', { probe: 'clock' }));
    expect(seen.now).toBe(clock.now());
    expect(seen.iso).toBe(new Date(clock.now()).toISOString());
    expect(seen.isDate).toBe(true);
  });

  it('$db answers objects of the sandbox realm, JSON-normalised, and exposes no test-only methods', async () => {
    const { platform } = probePlatform();
    const run = await platform.fireEvent('onTicketCreate', { probe: 'db' });
    expect(loggedJson(run)).toEqual({
      created: { Created: true },
      value: { list: [1, 2], nested: { a: null } },
      isObject: true,
      isArray: true,
      hasPeek: 'undefined',
      hasDue: 'undefined',
    });
  });

  it('$db rejections reach the app as { status, message } objects of its realm', async () => {
    const { platform } = probePlatform();
    const run = await platform.fireEvent('onTicketCreate', { probe: 'db-error' });
    expect(loggedJson(run)).toEqual({ err: { status: 404, message: 'Record not found' }, isObject: true });
  });
});

describe('loading the built artifact', () => {
  it('the real server/server.js exports every handler and SMI function the manifest names', () => {
    const script = loadServerScript(path.join(__dirname, '..', '..', 'server', 'server.js'));
    const exported = script.exportNames();
    for (const name of [
      'onAppInstallHandler',
      'onScheduledEventHandler',
      'onTicketCreateHandler',
      'onTicketUpdateHandler',
      'onConversationCreateHandler',
      'retryTicket',
    ]) {
      expect(exported).toContain(name);
    }
  });

  it('refuses a missing file with a hint to build', () => {
    expect(() => loadServerScript('/nonexistent/server.js')).toThrow(/npm run build/);
  });
});
