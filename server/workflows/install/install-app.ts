/**
 * onAppInstall's work (issue 10): verify Freshdesk with one read, create the fields the account lacks, check the
 * Simpli hosts the request budget leaves room for, create the recurring schedule, and keep a report of it all.
 * Only a rejected Freshdesk key refuses the install; everything else is recorded, logged, and the install goes on.
 */
import type { Invocation } from '../invocation';
import { INSTALL_REPORT_KEY } from '../../contracts/app-records';
import { APP_FIELDS } from '../../domain/install/field-specs';
import { REJECTED_KEY_MESSAGE, summarise } from '../../domain/install/summary';
import type { InstallReport } from '../../domain/install/types';
import type { HandlerDeps } from '../../ports';
import { reasonOf } from '../reason-of';
import { checkSimpli } from './check-simpli';
import { skipped } from './create-fields';
import { ensureSweep } from './ensure-sweep';
import { settleFields } from './fields-step';
import { startRun } from './install-run';
import { readAccountFields } from './read-fields';
import { serviceTargets } from './service-targets';

export interface InstallOutcome {
  report: InstallReport;
  /** The message that refuses the install (≤ 60 characters), when it must be refused. */
  blocked?: string;
}

type Deps = Pick<HandlerDeps, 'helpdesk' | 'simpli' | 'store' | 'scheduler' | 'clock' | 'log'>;

async function keep(deps: Deps, report: InstallReport): Promise<void> {
  try {
    await deps.store.set(INSTALL_REPORT_KEY, report);
  } catch (error) {
    deps.log.warn(`install: report not saved (${reasonOf(error)})`);
  }
}

export async function installApp(inv: Invocation<Deps>): Promise<InstallOutcome> {
  const { settings } = inv;
  const run = startRun(inv.clock, inv.startedAt);
  const read = await readAccountFields(inv.helpdesk, inv.log, run);
  if (!read.ok && read.keyRejected) {
    const fields = APP_FIELDS.map((s) => skipped(s, 'the Freshdesk API key was rejected (401)'));
    const report: InstallReport = { v: 1, at: run.startedAt, freshdesk: { verified: false, reason: read.reason }, fields, simpli: [], requests: run.requests, blocked: REJECTED_KEY_MESSAGE };
    await keep(inv, report);
    return { report, blocked: REJECTED_KEY_MESSAGE };
  }

  const fields = read.ok ? await settleFields(inv, run, read) : APP_FIELDS.map((s) => skipped(s, `Freshdesk fields not read (${read.reason})`));
  const notCreated = fields.filter((f) => f.outcome === 'skipped');
  if (notCreated.length > 0) {
    const reasons = [...new Set(notCreated.map((f) => (f.outcome === 'skipped' ? f.reason : '')))].join('; ');
    inv.log.warn(`install: fields not created: ${notCreated.map((f) => f.label).join(', ')} (${reasons})`);
  }
  const simpli = await checkSimpli(inv.simpli, inv.log, run, serviceTargets(settings));
  const schedule = await ensureSweep(inv.scheduler, inv.clock, inv.log);
  const report: InstallReport = {
    v: 1,
    at: run.startedAt,
    freshdesk: read.ok ? { verified: true } : { verified: false, reason: read.reason },
    fields,
    simpli,
    schedule,
    requests: run.requests,
  };
  await keep(inv, report);
  inv.log.info(summarise(report));
  return { report };
}
