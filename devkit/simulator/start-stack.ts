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
import { arrivalsOf, deliverArrivals } from './arrivals';
import { InFlight, startPump } from './background';
import type { SimulatorContext } from './context';
import { deskWriter, noticingWrites, restoreDesk, seedFingerprint, type DeskStart } from './desk-persistence';
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
  /** $db, $schedule, the settings, the fake account and the simulator's note. Default `<repo>/.local-platform`. */
  stateDir?: string;
  /** The app. Default: this repository. */
  appDir?: string;
  /** The platform's clock. Default: the system clock; tests pass a ManualClock to make schedules fall due. */
  clock?: Clock;
  /** 0 turns the background schedule pump off (tests fire schedules themselves). */
  pumpIntervalMs?: number;
  /**
   * Deliver the demo's open tickets to the app after the install (arrivals.ts). Default true; tests about other
   * things turn it off so their counts start from the install alone.
   */
  deliverArrivals?: boolean;
  /** Between two of those tickets; default ARRIVAL_SPACING_MS (tests: 0, then the app's own pacing shows). */
  arrivalSpacingMs?: number;
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
  /** The fake Freshdesk that `fakes.freshdesk` serves; actions write it through its receive…/add…/update… methods. */
  desk: FreshdeskFake;
  /** How the account started: restored with the installation, seeded, or seeded again with the installation wiped. */
  deskStart: DeskStart;
  web: PlatformWebServer;
  /** The installation; replaced by reset(). */
  platform(): LocalPlatform;
  /**
   * onAppInstall's latest run: on this start (or the last reset) when the app was not installed yet, or when the
   * settings page stored new settings; undefined when the app was installed before and nothing was saved since.
   */
  install(): PlatformRun | undefined;
  /** The open demo tickets' delivery after the latest install (arrivals.ts): resolves with its runs when done. */
  arrivals(): Promise<PlatformRun[]>;
  files: StateFiles;
  /**
   * The demo as on first start: Freshdesk and Simpli reseeded, $db/$schedule wiped, the app installed again (its
   * open tickets then delivered again, see arrivals()).
   */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export function describeInstall(run: PlatformRun | undefined): string {
  if (!run) return 'the app was already installed';
  return run.ok ? 'onAppInstall ran' : `onAppInstall failed (${run.failure ?? 'unknown'})`;
}

/** How the state directory was found, for `npm start`'s banner. */
export function describeStart(start: DeskStart): string {
  if (start === 'restored') return 'the demo account and $db as the last run left them';
  if (start === 'seeded') return 'a fresh demo account';
  return 'a fresh demo account: the saved one was missing, damaged or from other demo data, so $db and $schedule started over with it';
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
    const seed = demoAccount();
    const seedId = seedFingerprint(seed);
    const desk = createFreshdeskFake(seed);
    // Before the platform opens $db: an account that cannot come back takes the installation's files with it.
    const deskStart = restoreDesk(files, desk, seedId);
    const writer = deskWriter(files, desk, seedId);
    const stopWriter = async () => writer.stop();
    closers.push(stopWriter);
    const fakes = await startFakes({
      freshdesk: noticingWrites(desk, writer.changed),
      simpliApiKey: DEMO_SIMPLI_API_KEY,
      ...(options.fakePorts ? { ports: options.fakePorts } : {}),
    });
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
    const deliver = options.deliverArrivals ?? true;
    let delivery: Promise<PlatformRun[]> = Promise.resolve([]);
    /** Bumped by reset and close: a delivery under way stops at its next ticket. */
    let epoch = 0;

    // Work waits while a reset swaps the installation, and a reset waits for the work already running.
    let resetting: Promise<void> | undefined;
    const track = async <T>(work: () => Promise<T>): Promise<T> => {
      while (resetting) await resetting;
      return inFlight.track(work());
    };

    /**
     * After an install, the open demo tickets not delivered yet, in the background (the page is served meanwhile);
     * one delivery at a time (a settings save while one runs must not start a second that delivers twice).
     */
    let delivering = false;
    const startArrivals = () => {
      if (!deliver || delivering || ctx.memory.installedAt === undefined) return;
      delivering = true;
      const mine = epoch;
      delivery = track(async () => {
        try {
          return await deliverArrivals(ctx, () => epoch === mine, options.arrivalSpacingMs);
        } finally {
          delivering = false;
        }
      });
      delivery.catch(onError);
    };

    // The settings page (/custom_configs): saving stores the settings, installs again (onAppInstall) and keeps
    // them for the next start.
    const installPage = createInstallPage(() => platform, {
      onStored: (config, run) => {
        writeSettingsFile(files, config);
        installRun = run;
        ctx.memory.installedAt = new Date().toISOString();
        ctx.save();
        startArrivals(); // the first install may have failed: the tickets wait for one that succeeds
      },
    });
    const web = await createPlatformWebServer({ appDir, backend: followingFrontend(() => platform, desk), port: 0, installPage });
    closers.push(() => web.close());

    const ctx: SimulatorContext = {
      desk,
      fakes,
      platform: () => platform,
      web,
      seed: { ticketIds: new Set(seed.tickets.map((t) => t.id)), arrivals: arrivalsOf(seed.tickets) },
      memory: readMemory(files),
      save: () => {
        writeMemory(files, ctx.memory);
        writer.flush();
      },
    };

    /** onAppInstall on a fresh installation; a blocked install is retried on the next start. */
    const installIfNew = async () => {
      installRun = undefined;
      if (ctx.memory.installedAt !== undefined) return;
      installRun = await platform.fireEvent('onAppInstall');
      if (!installRun.ok) return;
      ctx.memory.installedAt = new Date().toISOString();
      ctx.save();
    };
    await installIfNew();
    writer.flush(); // the account this installation goes with, from the first start on

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
        agentWrites: (id, html, what) => track(() => actions.agentWritesOn(ctx, id, html, what)),
        resolve: (id) => track(() => actions.resolveTicket(ctx, id)),
        scheduledJob: () => track(() => actions.runScheduledJob(ctx)),
        reset: async () => {
          await reset();
          return { message: `Demo reset; ${describeInstall(installRun)}` };
        },
      },
    });
    closers.push(() => sim.close());
    startArrivals();

    const pump = startPump(() => track(() => platform.runDueSchedules()), options.pumpIntervalMs ?? DEFAULT_PUMP_MS, onError);

    function reset(): Promise<void> {
      resetting ??= (async () => {
        epoch += 1;
        await inFlight.settled();
        for (const fake of fakes.all()) fake.reset(); // service state, log and fault rules
        wipeState(files);
        ctx.memory = readMemory(files);
        platform = newPlatform();
        web.clearInterfaceLog();
        await installIfNew();
        writer.flush();
      })().finally(() => {
        resetting = undefined;
        startArrivals();
      });
      return resetting;
    }

    let closing: Promise<void> | undefined;
    return {
      url: sim.url,
      port: sim.port,
      fakes,
      desk,
      deskStart,
      web,
      files,
      platform: () => platform,
      install: () => installRun,
      arrivals: () => delivery,
      reset,
      close: () => {
        closing ??= (async () => {
          epoch += 1;
          pump.stop();
          // Handlers still running fail fast once the fakes are gone; give them a moment, then write the account.
          await unwind(closers.filter((c) => c !== stopWriter));
          await inFlight.settled(2_000);
          await stopWriter();
        })();
        return closing;
      },
    };
  } catch (error) {
    await unwind(closers);
    throw error;
  }
}
