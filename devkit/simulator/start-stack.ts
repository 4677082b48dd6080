/**
 * `npm start` in one call: the fakes (Simpli ×5 and a Freshdesk seeded with the demo account, the desk),
 * the local platform installed with the demo settings pointing at them, the platform's web server for the
 * sidebar, and the simulator page. Returns a handle; `close()` releases every port.
 *
 *   const stack = await startStack({ port: 0, stateDir: tmp });
 *   stack.url;            // http://127.0.0.1:<port>/   the simulator page
 *   await stack.close();
 */
import { resolve } from 'node:path';
import { demoAccount, demoHostMap, demoIparams, DEMO_SIMPLI_API_KEY } from '../demo';
import { createFreshdeskFake, type FreshdeskFake } from '../fakes/freshdesk';
import { systemClock } from '../platform/clock';
import { createInstallPage } from '../platform/install-page';
import { LocalPlatform, type PlatformRun } from '../platform/local-platform';
import type { Clock } from '../platform/types';
import { createPlatformWebServer, type PlatformWebServer } from '../platform/web';
import * as actions from './actions';
import { InFlight, startPump } from './background';
import type { SimulatorContext } from './context';
import { startFakes, type FakeName, type RunningFakes } from './fakes';
import { followingFrontend } from './frontend';
import { startSimulatorServer, type SimulatorServer } from './server';
import { readMemory, readSettingsFile, stateFiles, wipeState, writeMemory, writeSettingsFile, type StateFiles } from './state-files';
import { overview, ticketDetail } from './views';

/** Where `fdk run` serves (docs/platform.md "fdk run: the local harness"); taken ⇒ a free port. */
export const DEFAULT_PORT = 10001;
/** How often due schedules are fired in the background. */
export const DEFAULT_PUMP_MS = 5_000;

/** This file is in devkit/simulator/ (or bundled into devkit/dist/): the repository is two levels up. */
const REPO_ROOT = resolve(__dirname, '..', '..');

export interface StackOptions {
  /** The simulator page's port. Default 10001, or a free port when that is taken; 0 = a free port. */
  port?: number;
  /** Fail when `port` is taken instead of falling back (for a port the user asked for). */
  strictPort?: boolean;
  /** $db, $schedule and the simulator's ids. Default `<repo>/.local-platform`. */
  stateDir?: string;
  /** The app. Default: this repository. */
  appDir?: string;
  /** The platform's clock. Default: the system clock; tests pass a ManualClock to make schedules fall due. */
  clock?: Clock;
  /** 0 turns the background schedule pump off (tests fire schedules themselves). */
  pumpIntervalMs?: number;
  /** Fixed ports for the fakes; free ports otherwise. */
  fakePorts?: Partial<Record<FakeName, number>>;
  /** Every handler log line as it happens. */
  echo?: (line: string) => void;
  /** Errors of background work (the pump, a failed request); default: ignored. */
  onError?: (error: unknown) => void;
}

export interface Stack {
  /** The simulator page, with a trailing slash. */
  url: string;
  port: number;
  fakes: RunningFakes;
  /** The fake Freshdesk that `fakes.freshdesk` serves; actions write it through its receive…/update… methods. */
  desk: FreshdeskFake;
  web: PlatformWebServer;
  /** The installation; replaced by reset(). */
  platform(): LocalPlatform;
  /**
   * onAppInstall's latest run: on this start (or the last reset) when the app was not installed yet, or when the
   * settings page stored new settings; undefined when the app was installed before and nothing was saved since.
   */
  install(): PlatformRun | undefined;
  files: StateFiles;
  /** The demo as on first start: Freshdesk and Simpli reseeded, $db/$schedule wiped, the app installed again. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export function describeInstall(run: PlatformRun | undefined): string {
  if (!run) return 'the app was already installed';
  return run.ok ? 'onAppInstall ran' : `onAppInstall failed (${run.failure ?? 'unknown'})`;
}

/** Closes what was opened so far when a later step fails. */
async function unwind(closers: Array<() => Promise<void>>): Promise<void> {
  for (const close of closers.reverse()) await close().catch(() => undefined);
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const appDir = resolve(options.appDir ?? REPO_ROOT);
  const files = stateFiles(resolve(options.stateDir ?? resolve(REPO_ROOT, '.local-platform')));
  const onError = options.onError ?? (() => undefined);
  const closers: Array<() => Promise<void>> = [];
  try {
    const desk = createFreshdeskFake(demoAccount());
    const fakes = await startFakes({ freshdesk: desk, simpliApiKey: DEMO_SIMPLI_API_KEY, ...(options.fakePorts ? { ports: options.fakePorts } : {}) });
    closers.push(() => fakes.close());
    const urls = fakes.urls();
    const hosts = demoHostMap({ ...urls.simpli, freshdesk: urls.freshdesk });

    const newPlatform = () =>
      LocalPlatform.create({
        appDir,
        // The settings as the settings page last stored them; the demo's until it has.
        iparams: readSettingsFile(files) ?? { ...demoIparams() },
        hosts,
        clock: options.clock ?? systemClock,
        dbFile: files.db,
        entityFile: files.entities,
        scheduleFile: files.schedule,
        ...(options.echo ? { echo: options.echo } : {}),
      });
    let platform = newPlatform();
    let installRun: PlatformRun | undefined;
    const inFlight = new InFlight();

    // The settings page (/custom_configs): saving stores the settings, installs again (onAppInstall) and keeps
    // them for the next start.
    const installPage = createInstallPage(() => platform, {
      onStored: (config, run) => {
        writeSettingsFile(files, config);
        installRun = run;
        ctx.memory.installedAt = new Date().toISOString();
        ctx.remember();
      },
    });
    const web = await createPlatformWebServer({ appDir, backend: followingFrontend(() => platform, desk), port: 0, installPage });
    closers.push(() => web.close());

    const ctx: SimulatorContext = {
      desk,
      fakes,
      platform: () => platform,
      web,
      memory: readMemory(files),
      remember: () => writeMemory(files, ctx.memory),
    };

    /** onAppInstall on a fresh installation; a blocked install is retried on the next start. */
    const installIfNew = async () => {
      installRun = undefined;
      if (ctx.memory.installedAt !== undefined) return;
      installRun = await platform.fireEvent('onAppInstall');
      if (!installRun.ok) return;
      ctx.memory.installedAt = new Date().toISOString();
      ctx.remember();
    };
    await installIfNew();

    // Work waits while a reset swaps the installation, and a reset waits for the work already running.
    let resetting: Promise<void> | undefined;
    const track = async <T>(work: () => Promise<T>): Promise<T> => {
      while (resetting) await resetting;
      return inFlight.track(work());
    };
    const sim: SimulatorServer = await startSimulatorServer({
      port: options.port ?? DEFAULT_PORT,
      fallbackToFreePort: options.strictPort !== true,
      frameOrigin: web.url,
      onError,
      handlers: {
        overview: () => overview(ctx),
        ticket: (id) => ticketDetail(ctx, id),
        newTicket: (input) => track(() => actions.newTicket(ctx, input)),
        reply: (id, text) => track(() => actions.customerReply(ctx, id, text)),
        resolve: (id) => track(() => actions.resolveTicket(ctx, id)),
        scheduledJob: () => track(() => actions.runScheduledJob(ctx)),
        reset: async () => {
          await reset();
          return { message: `Demo reset; ${describeInstall(installRun)}` };
        },
      },
    });
    closers.push(() => sim.close());

    const pump = startPump(() => track(() => platform.runDueSchedules()), options.pumpIntervalMs ?? DEFAULT_PUMP_MS, onError);

    function reset(): Promise<void> {
      resetting ??= (async () => {
        await inFlight.settled();
        for (const fake of fakes.all()) fake.reset(); // service state, log and fault rules
        wipeState(files);
        ctx.memory = readMemory(files);
        platform = newPlatform();
        web.clearInterfaceLog();
        await installIfNew();
      })().finally(() => {
        resetting = undefined;
      });
      return resetting;
    }

    let closing: Promise<void> | undefined;
    return {
      url: sim.url,
      port: sim.port,
      fakes,
      desk,
      web,
      files,
      platform: () => platform,
      install: () => installRun,
      reset,
      close: () => {
        closing ??= (async () => {
          pump.stop();
          await unwind(closers);
          // Handlers still running fail fast now that the fakes are gone; give them a moment to finish.
          await inFlight.settled(2_000);
        })();
        return closing;
      },
    };
  } catch (error) {
    await unwind(closers);
    throw error;
  }
}
