/**
 * The server bundle as the platform loads it (issue 12): its size, and how long a fresh load takes — each load a
 * new vm context compiling and running server/server.js, as a cold invocation does (devkit/platform/sandbox.ts).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadServerScript } from '../platform/sandbox';
import { round2, type Figure } from './budgets';
import { median } from './sidebar-figures';

export interface ServerMeasure {
  bytes: number;
  loadMs: number[];
}

const LOADS = 15;

export function measureServer(file = path.resolve(__dirname, '..', '..', 'server', 'server.js')): ServerMeasure {
  const bytes = statSync(file).size;
  const loadMs: number[] = [];
  for (let n = 0; n < LOADS; n += 1) {
    const started = performance.now();
    const exported = loadServerScript(file).exportNames();
    loadMs.push(performance.now() - started);
    if (exported.length === 0) throw new Error(`${file} exports no handler: the load measured nothing`);
  }
  return { bytes, loadMs };
}

const ISSUE = 'issue 12 (lean and legible)';

/** KB = 1024 bytes, as esbuild reports bundle sizes. */
export function serverFigures(m: ServerMeasure): Figure[] {
  return [
    { name: 'server_bundle_kb', value: round2(m.bytes / 1024), budget: 120, source: `${ISSUE}: server/server.js as built` },
    { name: 'server_load_ms', value: round2(median(m.loadMs)), budget: 20, source: `${ISSUE}: median of ${m.loadMs.length} fresh vm loads` },
  ];
}
