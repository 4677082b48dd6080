/**
 * What `npm start` keeps between runs, under `.local-platform/` (git-ignored): the installation's `$db`, its
 * entity store (when the app has config/entities.json) and `$schedule`, and the simulator's own note of which ids it has handed out. The fake Freshdesk starts from the
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
}

export function stateFiles(dir: string): StateFiles {
  return { dir, db: join(dir, 'db.json'), entities: join(dir, 'entities.json'), schedule: join(dir, 'schedule.json'), simulator: join(dir, 'simulator.json') };
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

/** "Reset demo": the installation as never installed. Only our own files; the directory may hold others. */
export function wipeState(files: StateFiles): void {
  for (const f of [files.db, files.entities, files.schedule, files.simulator]) rmSync(f, { force: true });
}
