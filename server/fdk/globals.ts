/**
 * The only module that names the platform's globals. The FDK runs server.js in a vm whose globals include
 * `$request`, `$db`, `$schedule` and `renderData` (docs/platform.md "Serverless runtime: server.js"); they are read
 * when a handler runs, never when the bundle loads, and a missing one is a clear error rather than a ReferenceError.
 */
import type { FdkDb, FdkRequest, FdkSchedule, RenderData } from './types';

interface FdkGlobals {
  $request?: FdkRequest;
  $db?: FdkDb;
  $schedule?: FdkSchedule;
  renderData?: RenderData;
}

function platformGlobal<K extends keyof FdkGlobals>(name: K): NonNullable<FdkGlobals[K]> {
  const value = (globalThis as FdkGlobals)[name];
  if (value === undefined) throw new Error(`The platform global ${name} is not available in this context`);
  return value as NonNullable<FdkGlobals[K]>;
}

export const fdkRequest = (): FdkRequest => platformGlobal('$request');
export const fdkDb = (): FdkDb => platformGlobal('$db');
export const fdkSchedule = (): FdkSchedule => platformGlobal('$schedule');
export const fdkRenderData = (): RenderData => platformGlobal('renderData');
