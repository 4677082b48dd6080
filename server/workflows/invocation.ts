/**
 * One handler run's context, built once by the handler and passed down: the ports, the installation settings as
 * this run read them, and when the run started — the platform's 20 s count from there (docs/platform.md, "Handler
 * runs: fresh or warm, and killed mid-run"). The ports are shared by every run (warm contexts); the settings and
 * the start are this run's own, which is why they travel here and not in the ports.
 */
import { readSettings, type Settings } from '../contracts/iparams';
import type { Clock, Log, WorkflowPorts } from '../ports';

export interface RunScope {
  settings: Settings;
  /** Epoch ms the handler run began. */
  startedAt: number;
}

/** `D`: the ports a workflow needs (all of them by default; fewer in unit tests). */
export type Invocation<D = WorkflowPorts> = D & RunScope;

/** A log whose every line says which handler run wrote it: runs of different events interleave in the app's log. */
export const labelledLog = (log: Log, label: string): Log => ({
  info: (line) => log.info(`${label}: ${line}`),
  warn: (line) => log.warn(`${label}: ${line}`),
  error: (line) => log.error(`${label}: ${line}`),
});

/** What a handler builds first: its ports with this run's settings and start, and its log labelled with `label`. */
export function beginInvocation<D extends { clock: Clock; log?: Log }>(deps: D, iparams: unknown, label?: string): Invocation<D> {
  const log = label && deps.log ? { log: labelledLog(deps.log, label) } : {};
  return { ...deps, ...log, settings: readSettings(iparams), startedAt: deps.clock.now() };
}
