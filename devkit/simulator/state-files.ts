/**
 * What `npm start` keeps between runs, under `.local-platform/` (git-ignored): the installation's `$db`, its
 * entity store (when the app has config/entities.json), `$schedule` and settings (as the settings page last stored
 * them; the demo settings until then), the fake Freshdesk account (`freshdesk.json`) and the simulator's own note
 * (the install and which demo tickets were delivered to the app).
 *
 * The account and `$db` go together: `$db` remembers tickets and conversations by id (the app's records,
 * idempotency marks), so it is only kept with the account it was written against. Both persist, or both start over
 * (desk-persistence.ts decides at start). The Simpli fakes keep nothing, like the real services' in-memory state
 * (devkit/fakes/simpli/sentiment/store.ts).
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
  /** The fake Freshdesk's records with the seed they grew from (desk-persistence.ts). */
  freshdesk: string;
}

export function stateFiles(dir: string): StateFiles {
  return {
    dir,
    db: join(dir, 'db.json'),
    entities: join(dir, 'entities.json'),
    schedule: join(dir, 'schedule.json'),
    simulator: join(dir, 'simulator.json'),
    settings: join(dir, 'settings.json'),
    freshdesk: join(dir, 'freshdesk.json'),
  };
}

export interface SimulatorMemory {
  /** When onAppInstall last completed here; absent until the app is installed. */
  installedAt?: string;
  /** Demo tickets delivered to the app as arriving after the install (onTicketCreate), in the order delivered. */
  delivered: number[];
}

export function readMemory(files: StateFiles): SimulatorMemory {
  const fresh: SimulatorMemory = { delivered: [] };
  if (!existsSync(files.simulator)) return fresh;
  try {
    const parsed = JSON.parse(readFileSync(files.simulator, 'utf8')) as Partial<SimulatorMemory>;
    return {
      ...(typeof parsed.installedAt === 'string' ? { installedAt: parsed.installedAt } : {}),
      delivered: Array.isArray(parsed.delivered) ? parsed.delivered.filter((id): id is number => Number.isSafeInteger(id)) : [],
    };
  } catch {
    return fresh; // a damaged note costs the install mark: the app is installed again, which it must survive
  }
}

/** Written whole through a temporary file, so a stop mid-write leaves the previous version. */
export function writeJsonFile(dir: string, file: string, value: unknown): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

export function readJsonFile(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function writeMemory(files: StateFiles, memory: SimulatorMemory): void {
  writeJsonFile(files.dir, files.simulator, memory);
}

/** The settings stored from the settings page, or undefined (never saved, or unreadable: the demo's then). */
export function readSettingsFile(files: StateFiles): Record<string, unknown> | undefined {
  const parsed = readJsonFile(files.settings);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
}

/** Local demo keys only: this file is the local platform's own store, like `fdk run`'s. */
export function writeSettingsFile(files: StateFiles, config: Record<string, unknown>): void {
  writeJsonFile(files.dir, files.settings, config);
}

/** The installation's files: what must not outlive the account it was written against. */
const installationFiles = (files: StateFiles) => [files.db, files.entities, files.schedule, files.simulator];

export function installationStateExists(files: StateFiles): boolean {
  return installationFiles(files).some((f) => existsSync(f));
}

/** The installation as never installed, its settings kept (they describe where the services are, not the data). */
export function wipeInstallation(files: StateFiles): void {
  for (const f of installationFiles(files)) rmSync(f, { force: true });
}

/** "Reset demo": the installation as never installed and the account as seeded. Only our own files. */
export function wipeState(files: StateFiles): void {
  for (const f of [...installationFiles(files), files.settings, files.freshdesk]) rmSync(f, { force: true });
}
