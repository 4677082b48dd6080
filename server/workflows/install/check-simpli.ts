/**
 * GET /health of the Simpli hosts the budget leaves room for (domain/install/health-plan.ts), all at once. A
 * service that does not answer is recorded and logged, one line each; it never blocks the install.
 */
import { inFeatureOrder, planHealthChecks } from '../../domain/install/health-plan';
import { SIMPLI_SERVICES, type ServiceHealth, type ServiceTarget } from '../../domain/install/types';
import type { Log, SimpliPort } from '../../ports';
import { reasonOf } from '../reason-of';
import { canStart, OUT_OF_TIME, requestsLeft, type InstallRun } from './install-run';

export async function checkSimpli(simpli: SimpliPort, log: Log, run: InstallRun, targets: readonly ServiceTarget[]): Promise<ServiceHealth[]> {
  const plan = planHealthChecks(targets, requestsLeft(run));
  if (plan.checks.length > 0 && !canStart(run, plan.checks.length)) {
    const late = plan.checks.flatMap((c) => c.services.map((service): ServiceHealth => ({ service, status: 'not_checked', host: c.host, reason: OUT_OF_TIME })));
    return inFeatureOrder(SIMPLI_SERVICES, [...plan.settled, ...late]);
  }
  run.requests += plan.checks.length;
  const answers = await Promise.allSettled(plan.checks.map((c) => simpli.health(c.services[0]!)));
  const checked = plan.checks.flatMap((check, i) => {
    const answer = answers[i]!;
    return check.services.map((service): ServiceHealth => {
      if (answer.status === 'fulfilled') return { service, status: 'ok', host: check.host };
      const reason = reasonOf(answer.reason);
      log.warn(`install: Simpli ${service} (${check.host}) is not answering (${reason}); the install goes on`);
      return { service, status: 'failing', host: check.host, reason };
    });
  });
  return inFeatureOrder(SIMPLI_SERVICES, [...plan.settled, ...checked]);
}
