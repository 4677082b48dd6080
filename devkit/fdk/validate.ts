import { checkAppDir } from './checks/app-dir';
import { checkConfigDir } from './checks/config-dir';
import { checkDependencies } from './checks/dependencies';
import { checkEntities } from './checks/entities';
import { checkEvents } from './checks/events';
import { checkIparamSubstitution } from './checks/iparam-substitution';
import { checkIparams } from './checks/iparams';
import { checkJobs } from './checks/jobs';
import { checkIparamsHtml } from './checks/iparams-html';
import { checkJsonFiles } from './checks/json-files';
import { checkLocations } from './checks/locations';
import { checkManifest } from './checks/manifest';
import { checkRequestSchemas } from './checks/request-schema';
import { checkRequestsDeclared } from './checks/requests-declared';
import { checkServerSource } from './checks/server-source';
import { checkSmi } from './checks/smi';
import type { Problem } from './problem';
import { readSnapshot, type AppSnapshot } from './snapshot';

export type Check = (s: AppSnapshot) => Problem[];

/**
 * Every validator, in the order their problems are listed (files roughly in the FDK's order, docs/platform.md
 * "fdk validate").
 */
export const CHECKS: readonly Check[] = [
  checkJsonFiles,
  checkManifest,
  checkLocations,
  checkEvents,
  checkSmi,
  checkJobs,
  checkRequestsDeclared,
  checkRequestSchemas,
  checkIparamSubstitution,
  checkConfigDir,
  checkIparams,
  checkEntities,
  checkIparamsHtml,
  checkAppDir,
  checkServerSource,
  checkDependencies,
];

/** All problems of a snapshot, errors first (stable within each severity). */
export function validateSnapshot(s: AppSnapshot): Problem[] {
  const all = CHECKS.flatMap((check) => check(s));
  return [...all.filter((p) => p.severity === 'error'), ...all.filter((p) => p.severity === 'warning')];
}

/** `fdk validate` for the app rooted at `root`. */
export const validateApp = (root: string): Problem[] => validateSnapshot(readSnapshot(root));
