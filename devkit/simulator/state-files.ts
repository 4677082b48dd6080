/**
 * What `npm start` keeps between runs, under `.local-platform/` (git-ignored): the installation's `$db`, its
 * entity store (when the app has config/entities.json), `$schedule` and settings (as the settings page last stored
 * them; the demo settings until then), and the simulator's own note of which ids it has handed out. The fake Freshdesk starts from the
 * demo seed every time, but `$db` remembers tickets and replies by id (idempotency marks), so new tickets and
 * replies continue above every id given before instead of reusing one the app already processed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StateFiles {
  dir: string;
  db: string;
  entities: string;
  schedule: string;
  simulator: string;
  /** The settings as the installation page's postConfigs() returned them, `__meta` included. */
  settings: string;
}

export function stateFiles(dir: string): StateFiles {
  return {
    dir,
    db: join(dir, 'db.json'),
    entities: join(dir, 'entities.json'),
    schedule: join(dir, 'schedule.json'),
    simulator: join(dir, 'simulator.json'),
    settings: join(dir, 'settings.json'),
  };
}

export interface SimulatorMemory {
  /** When onAppInstall last completed here; absent until the app is installed. */
  installedAt?: string;
  /** The lowest id the next new ticket may have. */
  nextTicketId: number;
  /** The lowest id the next customer reply may have. */
  nextConversationId: number;
}

export function readMemory(files: StateFiles): SimulatorMemory {
  const fresh: SimulatorMemory = { nextTicketId: 0, nextConversationId: 0 };
  if (!existsSync(files.simulator)) return fresh;
  try {
    const parsed = JSON.parse(readFileSync(files.simulator, 'utf8')) as Partial<SimulatorMemory>;
    return {
      ...(typeof parsed.installedAt === 'string' ? { installedAt: parsed.installedAt } : {}),
      nextTicketId: Number(parsed.nextTicketId) || 0,
      nextConversationId: Number(parsed.nextConversationId) || 0,
    };
  } catch {
    return fresh; // a damaged note only costs the id floor; $db and $schedule are the platform's to judge
  }
}

export function writeMemory(files: StateFiles, memory: SimulatorMemory): void {
  mkdirSync(files.dir, { recursive: true });
  writeFileSync(`${files.simulator}.tmp`, `${JSON.stringify(memory, null, 2)}\n`);
  renameSync(`${files.simulator}.tmp`, files.simulator);
}

/** The settings stored from the settings page, or undefined (never saved, or unreadable: the demo's then). */
export function readSettingsFile(files: StateFiles): Record<string, unknown> | undefined {
  if (!existsSync(files.settings)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(files.settings, 'utf8')) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Local demo keys only: this file is the local platform's own store, like `fdk run`'s. */
export function writeSettingsFile(files: StateFiles, config: Record<string, unknown>): void {
  mkdirSync(files.dir, { recursive: true });
  writeFileSync(`${files.settings}.tmp`, `${JSON.stringify(config, null, 2)}\n`);
  renameSync(`${files.settings}.tmp`, files.settings);
}

/** "Reset demo": the installation as never installed. Only our own files; the directory may hold others. */
export function wipeState(files: StateFiles): void {
  for (const f of [files.db, files.entities, files.schedule, files.simulator, files.settings]) rmSync(f, { force: true });
}
