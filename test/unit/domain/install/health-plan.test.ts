import { INSTALL_REQUEST_BUDGET, NOT_CHECKED_REASON, planHealthChecks } from '../../../../server/domain/install/health-plan';
import { APP_FIELDS } from '../../../../server/domain/install/field-specs';
import type { ServiceTarget } from '../../../../server/domain/install/types';

const all = (hosts: string[] = ['t.example.com', 'r.example.com', 's.example.com', 'q.example.com', 'k.example.com']): ServiceTarget[] =>
  (['triage', 'reply', 'sentiment', 'qa', 'kb'] as const).map((service, i) => ({ service, enabled: true, host: hosts[i] }));

describe('the install budget', () => {
  it('holds a fresh account: two reads and five creations leave three checks', () => {
    const freshdeskRequests = 2 + APP_FIELDS.length;
    expect(freshdeskRequests).toBeLessThanOrEqual(INSTALL_REQUEST_BUDGET);
    const plan = planHealthChecks(all(), INSTALL_REQUEST_BUDGET - freshdeskRequests);
    expect(plan.checks.map((c) => c.services)).toEqual([['triage'], ['reply'], ['sentiment']]);
    expect(freshdeskRequests + plan.checks.length).toBe(INSTALL_REQUEST_BUDGET);
  });
});

describe('planHealthChecks', () => {
  it('checks the hosts in feature order while requests remain, and says why the rest were not checked', () => {
    const plan = planHealthChecks(all(), 3);
    expect(plan.checks.map((c) => c.host)).toEqual(['t.example.com', 'r.example.com', 's.example.com']);
    expect(plan.settled).toEqual([
      { service: 'qa', status: 'not_checked', host: 'q.example.com', reason: NOT_CHECKED_REASON },
      { service: 'kb', status: 'not_checked', host: 'k.example.com', reason: NOT_CHECKED_REASON },
    ]);
  });

  it('checks a host shared by several services once, at no extra request', () => {
    const plan = planHealthChecks(all(['simpli.example.com', 'SIMPLI.example.com', 's.example.com', 'simpli.example.com', 'k.example.com']), 2);
    expect(plan.checks).toEqual([
      { host: 'simpli.example.com', services: ['triage', 'reply', 'qa'] },
      { host: 's.example.com', services: ['sentiment'] },
    ]);
    expect(plan.settled.map((s) => [s.service, s.status])).toEqual([['kb', 'not_checked']]);
  });

  it('spends nothing on services switched off or without a host', () => {
    const targets = all();
    targets[0] = { service: 'triage', enabled: false, host: 't.example.com' };
    targets[1] = { service: 'reply', enabled: true };
    const plan = planHealthChecks(targets, 10);
    expect(plan.checks.map((c) => c.services[0])).toEqual(['sentiment', 'qa', 'kb']);
    expect(plan.settled).toEqual([{ service: 'triage', status: 'off' }, { service: 'reply', status: 'not_configured' }]);
  });

  it('with no request left, checks nothing', () => {
    expect(planHealthChecks(all(), 0).checks).toEqual([]);
  });
});
