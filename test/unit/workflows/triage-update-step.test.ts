/**
 * The triage update step (TRIAGE_ACTIONS.update) against in-memory ports: the one ticket PUT it makes from the
 * classification and routing (thresholds, overwrite, team mapping and tag merge applied by domain/triage), the
 * schema it plans against (cached or read), and the 400 → schema refresh → re-plan path.
 */
import { SCHEMA_CACHE_KEY, type TriageRecord } from '../../../server/contracts/store-records';
import { isRetryable } from '../../../server/domain/retry-policy';
import type { TicketUpdate } from '../../../server/domain/triage/types';
import { REFUSAL_ATTRIBUTE } from '../../../server/workflows/cached-account-data';
import { appError, failureOf } from './support/memory-services';
import { classified, TICKET_ID, triageRecord, triageSetup, type TriageSetupOptions } from './support/triage-setup';

const routed = (team: string): TriageRecord => ({ ...classified, done: [...classified.done, 'route' as const], routing: { team, agent: null, reason: null, group_id: null } });
const badRequest = appError('rejected', { step: 'freshdeskUpdateTicket', status: 400, message: 'Validation failed' });

/** The bodies of the ticket PUTs made. */
const puts = (t: ReturnType<typeof triageSetup>) => t.helpdesk.callsOf('updateTicket').map(([id, body]) => (expect(id).toBe(TICKET_ID), body as TicketUpdate));

async function update(options: TriageSetupOptions, record = routed('Billing')) {
  const t = triageSetup(options);
  const patch = await t.step('update', record);
  return { t, patch, puts: puts(t) };
}

describe('the triage update step', () => {
  it("sends the ticket's current tags with ours, replacing our earlier ones, and every applied field in one PUT", async () => {
    const { t, patch, puts: sent } = await update({ ticket: { tags: ['vip', 'ai-category:shipping', 'refund'] } });
    expect(sent).toEqual([{ priority: 3, type: 'Billing', group_id: 11, tags: ['vip', 'refund', 'ai-category:billing', 'ai-urgency:high'] }]);
    expect(patch.decisions?.filter((d) => d.applied).map((d) => d.field)).toEqual(['priority', 'type', 'group']);
    expect(t.spent.count).toBe(1); // the schema came from the cache
  });

  it('reads the schema when the cache is cold, counts that read, and caches it', async () => {
    const { t, puts: sent } = await update({ warmSchema: false });
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['ticketSchema', 'updateTicket']);
    expect(sent[0]?.type).toBe('Billing');
    expect(t.spent.count).toBe(2);
    expect(t.store.data.get(SCHEMA_CACHE_KEY)).toMatchObject({ ticketTypes: ['Question', 'Incident', 'Billing'] });
  });

  it("applies each field only at or above the admin's threshold for it; below, it is only suggested", async () => {
    const iparams = { triage_min_confidence_priority: '95', triage_min_confidence_type: '90', triage_min_confidence_group: '91' };
    const schema = { ...triageSetup().helpdesk.schema, customFields: { cf_ai_category: { kind: 'dropdown', choices: ['Billing', 'Other'] }, cf_ai_urgency: { kind: 'text' } } } as const;
    const { patch, puts: sent } = await update({ iparams, schema });
    // 0.9 ≥ 0.90 for the type only; the AI fields the account has carry the suggestion whatever the confidence
    expect(sent).toEqual([{ type: 'Billing', custom_fields: { cf_ai_category: 'Billing', cf_ai_urgency: 'high' }, tags: ['vip', 'ai-category:billing', 'ai-urgency:high'] }]);
    expect(patch.decisions?.filter((d) => !d.applied)).toEqual([
      { field: 'priority', suggested: 'High', applied: false, reason: 'below_threshold' },
      { field: 'group', suggested: 'Billing', applied: false, reason: 'below_threshold' },
      { field: 'cf_ai_confidence', suggested: '90%', applied: false, reason: 'field_missing' },
    ]);
  });

  it('keeps values the ticket was created with unless the admin lets triage overwrite them', async () => {
    const ticket = { priority: 2, type: 'Question', group_id: 12 };
    const kept = await update({ ticket });
    expect(kept.puts).toEqual([{ tags: ['vip', 'ai-category:billing', 'ai-urgency:high'] }]);
    expect(kept.patch.decisions?.filter((d) => d.reason === 'existing_value_kept').map((d) => d.field)).toEqual(['priority', 'type', 'group']);
    const overwritten = await update({ ticket, iparams: { triage_overwrite_existing: 'true' } });
    expect(overwritten.puts[0]).toMatchObject({ priority: 3, type: 'Billing', group_id: 11 });
  });

  it("sends no field the ticket already has, even when it is applied", async () => {
    const { patch, puts: sent } = await update({ ticket: { priority: 3, type: 'Billing', group_id: 11 }, iparams: { triage_overwrite_existing: 'true' } });
    expect(sent).toEqual([{ tags: ['vip', 'ai-category:billing', 'ai-urgency:high'] }]);
    expect(patch.decisions?.filter((d) => d.applied)).toHaveLength(3);
  });

  it("places a team through the admin's team-to-group mapping", async () => {
    const { puts: sent } = await update({ iparams: { triage_team_groups: 'tech = Technical Support' } }, routed('tech'));
    expect(sent[0]?.group_id).toBe(12);
  });

  it('without routing (it failed for good) still classifies the ticket, with no group decision', async () => {
    const { patch, puts: sent } = await update({}, classified);
    expect(sent[0]).not.toHaveProperty('group_id');
    expect(sent[0]).toMatchObject({ priority: 3, type: 'Billing' });
    expect(patch.decisions?.map((d) => d.field)).not.toContain('group');
  });

  it('on a 400 refreshes the schema once, plans again against it, and PUTs what the account now takes', async () => {
    const t = triageSetup({});
    t.helpdesk.fail('updateTicket', badRequest);
    t.helpdesk.schema = { ...t.helpdesk.schema, ticketTypes: ['Question', 'Incident'] }; // Billing removed since cached
    const patch = await t.step('update', routed('Billing'));
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['updateTicket', 'ticketSchema', 'updateTicket']);
    const [first, second] = puts(t);
    expect(first?.type).toBe('Billing');
    expect(second).toEqual({ priority: 3, group_id: 11, tags: ['vip', 'ai-category:billing', 'ai-urgency:high'] });
    expect(patch.decisions?.find((d) => d.field === 'type')).toEqual({ field: 'type', suggested: 'billing', applied: false, reason: 'invalid_for_account' });
    expect(t.spent.count).toBe(3); // PUT, schema read, PUT
    expect(t.store.data.get(SCHEMA_CACHE_KEY)).toMatchObject({ ticketTypes: ['Question', 'Incident'] });
  });

  it('refreshes only once: a second 400 fails the step for good', async () => {
    const t = triageSetup({});
    t.helpdesk.fail('updateTicket', badRequest, 2);
    const error = await failureOf(t.step('update', routed('Billing')));
    expect(error).toMatchObject({ kind: 'rejected', status: 400 });
    expect(isRetryable(error)).toBe(false);
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['updateTicket', 'ticketSchema', 'updateTicket']);
  });

  it.each([
    ['a refusal other than 400', appError('rejected', { status: 404 })],
    ['a refused key', appError('unauthorized', { status: 403 })],
    ['an outage', appError('unavailable', { status: 503 })],
  ])('passes %s on without refreshing the schema', async (_what, error) => {
    const t = triageSetup({});
    t.helpdesk.fail('updateTicket', error);
    expect(await failureOf(t.step('update', routed('Billing')))).toEqual(error);
    expect(t.helpdesk.calls.map((c) => c.method)).toEqual(['updateTicket']);
    expect(t.spent.count).toBe(1);
  });

  it('without a classification fails for good before reading or writing anything', async () => {
    const t = triageSetup({ warmSchema: false });
    expect(await failureOf(t.step('update', triageRecord({ done: ['route'] })))).toMatchObject({ kind: 'rejected', step: 'update' });
    expect(t.helpdesk.calls).toEqual([]);
    expect(t.spent.count).toBe(0);
  });

  // A retry re-reads the ticket, so values an earlier attempt's PUT wrote (a timeout whose write landed, or a Retry
  // re-running update once routing works) must not count as set at creation ("already had a priority … kept").
  it('reports a value the ticket holds because an earlier attempt applied it as applied, not existing_value_kept', async () => {
    const landed = { ticket: { priority: 3, type: 'Billing', group_id: 11 } };
    const reasons = (patch: { decisions?: Array<{ field: string; reason: string }> }) => patch.decisions?.filter((d) => ['priority', 'type', 'group'].includes(d.field)).map((d) => d.reason);
    // The earlier PUT may have landed unrecorded (its request timed out): the ticket's matching values are triage's.
    const retried = await update({ ...landed, updateMayHaveLanded: true });
    expect(reasons(retried.patch)).toEqual(['applied', 'applied', 'applied']);
    expect(retried.puts[0]).not.toHaveProperty('priority');
    // The earlier run recorded what it applied (then routing failed for now): only those fields are triage's own.
    const recorded = { ...routed('Billing'), decisions: [{ field: 'priority', suggested: 'High', applied: true, reason: 'applied' as const }] };
    expect(reasons((await update(landed, recorded)).patch)).toEqual(['applied', 'existing_value_kept', 'existing_value_kept']);
    // No earlier write of ours: values the ticket arrived with are kept, and said so.
    expect(reasons((await update(landed)).patch)).toEqual(['existing_value_kept', 'existing_value_kept', 'existing_value_kept']);
  });

  it("writes nothing while Freshdesk's refusal of the key is remembered", async () => {
    const t = triageSetup({});
    const cached = t.store.data.get(SCHEMA_CACHE_KEY) ?? {};
    t.store.data.set(SCHEMA_CACHE_KEY, { ...cached, [REFUSAL_ATTRIBUTE]: { at: t.clock.now() - 60_000, status: 401, message: 'Freshdesk refused the API key' } });
    expect(await failureOf(t.step('update', routed('Billing')))).toMatchObject({ kind: 'freshdesk_key_rejected' });
    expect(t.helpdesk.calls).toEqual([]);
  });
});
