/**
 * Which Simpli hosts the install checks with GET /health (never needs a key: docs/platform.md, "Installing: Simpli health and the request budget"). The install
 * spends at most INSTALL_REQUEST_BUDGET template requests, Freshdesk first (it decides whether the app can work
 * at all): the hosts of the switched-on services are checked in feature order while requests remain, each
 * distinct host once; the rest are left to the settings page's Test connection.
 */
import type { ServiceHealth, ServiceTarget, SimpliService } from './types';

/**
 * Template requests one install may make: a fresh account needs 2 reads and 5 field creations, which leaves 3
 * health checks of the 50 requests a minute the installation shares with everything else (docs/platform.md, "Installing: Simpli health and the request budget").
 */
export const INSTALL_REQUEST_BUDGET = 10;

export const NOT_CHECKED_REASON = 'not checked at install (use Test connection on the settings page)';

/** One GET /health: the host and every switched-on service that answers on it. */
export interface HostCheck {
  host: string;
  services: SimpliService[];
}

export interface HealthPlan {
  checks: HostCheck[];
  /** Services with an answer already: off, not configured, or not checked. */
  settled: ServiceHealth[];
}

/** `targets` in feature order (triage, reply, sentiment, qa, kb); `requestsLeft` of the install's budget. */
export function planHealthChecks(targets: readonly ServiceTarget[], requestsLeft: number): HealthPlan {
  const plan: HealthPlan = { checks: [], settled: [] };
  for (const { service, enabled, host } of targets) {
    if (!enabled) plan.settled.push({ service, status: 'off' });
    else if (!host) plan.settled.push({ service, status: 'not_configured' });
    else {
      const shared = plan.checks.find((c) => c.host.toLowerCase() === host.toLowerCase());
      if (shared) shared.services.push(service);
      else if (plan.checks.length < requestsLeft) plan.checks.push({ host, services: [service] });
      else plan.settled.push({ service, status: 'not_checked', host, reason: NOT_CHECKED_REASON });
    }
  }
  return plan;
}

/** The plan's settled answers and the checks' answers, back in feature order. */
export function inFeatureOrder(order: readonly SimpliService[], health: readonly ServiceHealth[]): ServiceHealth[] {
  return order.flatMap((s) => health.filter((h) => h.service === s));
}
