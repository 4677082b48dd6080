/**
 * The two commands as a newcomer runs them, as processes: `node devkit/dist/fakes.js` prints one line of JSON
 * with every fake's URL and stops cleanly on SIGTERM; `node devkit/dist/start.js` prints the simulator's URL,
 * serves the page, and exits 0 on Ctrl-C (SIGINT).
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DEMO_ADMIN_API_KEY } from '../../devkit/demo';

const ROOT = join(__dirname, '..', '..');
jest.setTimeout(60_000);

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The CLIs are bundles: build them when missing or older than the devkit sources they come from. */
beforeAll(() => {
  const bundles = ['fakes.js', 'start.js'].map((f) => join(ROOT, 'devkit', 'dist', f));
  const sources = newestSource(join(ROOT, 'devkit'));
  if (bundles.some((b) => !existsSync(b) || statSync(b).mtimeMs < sources)) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
});

interface Running {
  child: ChildProcessWithoutNullStreams;
  /** Resolves with the first stdout line matching `pattern`. */
  line(pattern: RegExp): Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

function run(script: string, args: string[]): Running {
  const child = spawn(process.execPath, [join(ROOT, 'devkit', 'dist', script), ...args], { cwd: ROOT });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  createInterface({ input: child.stdout }).on('line', (l) => {
    lines.push(l);
    waiters.splice(0).forEach((w) => w());
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      waiters.splice(0).forEach((w) => w());
      resolve({ code, signal });
    }),
  );
  return {
    child,
    exit,
    stderr: () => err,
    line: async (pattern) => {
      for (;;) {
        const found = lines.find((l) => pattern.test(l));
        if (found !== undefined) return found;
        if (child.exitCode !== null) throw new Error(`${script} exited (${child.exitCode}) before printing ${pattern}: ${err}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

describe('npm run fakes', () => {
  it('prints one JSON line of base URLs that answer, and exits 0 on SIGTERM', async () => {
    const freshdeskPort = await freePort();
    const fakes = run('fakes.js', ['--freshdesk-port', String(freshdeskPort)]);
    try {
      const first = await fakes.line(/./);
      const urls = JSON.parse(first) as { simpli: Record<string, string>; freshdesk: string };
      expect(Object.keys(urls)).toEqual(['simpli', 'freshdesk']);
      expect(Object.keys(urls.simpli)).toEqual(['triage', 'reply', 'sentiment', 'qa', 'kb']);
      expect(urls.freshdesk).toBe(`http://127.0.0.1:${freshdeskPort}`);
      for (const url of Object.values(urls.simpli)) {
        const health = await fetch(`${url}/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: 'ok' });
      }
      const auth = `Basic ${Buffer.from(`${DEMO_ADMIN_API_KEY}:X`).toString('base64')}`;
      expect((await fetch(`${urls.freshdesk}/api/v2/ticket_fields`, { headers: { Authorization: auth } })).status).toBe(200);
      expect((await fetch(`${urls.freshdesk}/api/v2/ticket_fields`)).status).toBe(401);
    } finally {
      fakes.child.kill('SIGTERM');
    }
    expect(await fakes.exit).toEqual({ code: 0, signal: null });
  });

  it('refuses an unknown flag with the usage and exit code 2', async () => {
    const fakes = run('fakes.js', ['--nope']);
    expect(await fakes.exit).toEqual({ code: 2, signal: null });
    expect(fakes.stderr()).toMatch(/Usage: npm run fakes/);
  });
});

describe('npm start', () => {
  it('prints the URL of a page that loads, and exits 0 on Ctrl-C', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'simpli-start-'));
    const start = run('start.js', ['--port', '0', '--state-dir', stateDir]);
    try {
      const line = await start.line(/^Simpli for Freshdesk is running: /);
      const url = /^Simpli for Freshdesk is running: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line)?.[1];
      expect(url).toBeDefined();
      const page = await fetch(url as string);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Simpli for Freshdesk');
      const state = (await (await fetch(`${url}sim/api/state`)).json()) as { tickets: unknown[] };
      expect(state.tickets.length).toBeGreaterThanOrEqual(28);
    } finally {
      start.child.kill('SIGINT');
    }
    expect(await start.exit).toEqual({ code: 0, signal: null });
    rmSync(stateDir, { recursive: true, force: true });
  });
});
