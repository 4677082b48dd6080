/**
 * Fixture apps for the entity-store tests: this repository's manifest, config and test_data copied into a
 * temporary folder with a config/entities.json of the test's choosing (the app's own `jobs` entity replaced),
 * run with test/platform/fixtures/entity-server.js.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../devkit/platform/clock';
import { LocalPlatform, type LocalPlatformOptions, type PlatformRun } from '../../devkit/platform/local-platform';
import { IPARAMS } from './helpers';

export const ENTITY_SCRIPT = path.join(__dirname, 'fixtures', 'entity-server.js');

/** Two entities exercising every field type, a section, filterable and required fields. */
export const DEFINITION = {
  ticket_job: {
    fields: [
      { name: 'ticket_id', label: 'Ticket', type: 'integer', filterable: true, required: true },
      { name: 'state', label: 'State', type: 'enum', filterable: true, required: true, choices: [{ id: 1, value: 'queued' }, { id: 2, value: 'running' }, { id: 3, value: 'done' }] },
      { name: 'kind', label: 'Kind', type: 'text', filterable: true },
      { name: 'urgent', label: 'Urgent', type: 'boolean', filterable: true },
      { name: 'score', label: 'Score', type: 'float' },
      { name: 'due', label: 'Due', type: 'datetime', filterable: true },
      { name: 'day', label: 'Day', type: 'date' },
      { name: 'note', label: 'Note', type: 'paragraph' },
      {
        name: 'lease',
        label: 'Lease',
        type: 'section',
        fields: [
          { name: 'owner', label: 'Owner', type: 'text' },
          { name: 'until', label: 'Until', type: 'datetime' },
        ],
      },
    ],
  },
  sweep: { fields: [{ name: 'since', label: 'Since', type: 'datetime', required: true }] },
};

const ROOT = path.join(__dirname, '..', '..');

/** A temporary app folder whose config/entities.json holds `definition` (no such file when undefined). */
export function entityAppDir(definition: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'entity-app-'));
  cpSync(path.join(ROOT, 'manifest.json'), path.join(dir, 'manifest.json'));
  cpSync(path.join(ROOT, 'config'), path.join(dir, 'config'), { recursive: true });
  cpSync(path.join(ROOT, 'server', 'test_data'), path.join(dir, 'server', 'test_data'), { recursive: true });
  if (definition !== undefined) writeFileSync(path.join(dir, 'config', 'entities.json'), JSON.stringify(definition));
  else rmSync(path.join(dir, 'config', 'entities.json'), { force: true });
  return dir;
}

export function entityPlatform(options: Partial<LocalPlatformOptions> & { definition?: unknown } = {}): { platform: LocalPlatform; clock: ManualClock } {
  const { definition, ...rest } = options;
  const clock = (rest.clock as ManualClock | undefined) ?? new ManualClock();
  const appDir = rest.appDir ?? entityAppDir('definition' in options ? definition : DEFINITION);
  const platform = LocalPlatform.create({ iparams: IPARAMS, hosts: {}, serverScript: ENTITY_SCRIPT, ...rest, clock, appDir });
  return { platform, clock };
}

export interface EntityOp {
  entity: string;
  method: string;
  args?: unknown[];
  options?: unknown;
}

export type OpResult = { ok: unknown; isObject: boolean; recordsIsArray: boolean | null } | { err: unknown; isObject: boolean };

/** Runs `ops` inside one onTicketCreate handler and answers what each resolved or rejected with. */
export async function runOps(platform: LocalPlatform, ops: EntityOp[]): Promise<{ run: PlatformRun; results: OpResult[] }> {
  const run = await platform.fireEvent('onTicketCreate', { entityOps: ops });
  const line = run.logs.find((l) => l.startsWith('[log] ['));
  if (!run.ok || line === undefined) throw new Error(`the entity run failed: ${JSON.stringify(run)}`);
  return { run, results: JSON.parse(line.slice('[log] '.length)) as OpResult[] };
}
