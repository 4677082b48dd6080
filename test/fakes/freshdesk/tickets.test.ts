/**
 * GET and PUT /api/v2/tickets/{id} against docs/freshdesk.md "Viewing a ticket", "Priorities, statuses and sources",
 * "Updating a ticket" and "Validation errors" (the error bodies of its examples are compared whole).
 */
import { iso } from '../../../devkit/fakes/freshdesk/text';
import { OTHER_TICKET, startFreshdesk, TICKET, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk((a) => {
    a.customStatuses = [];
    a.ticketFields.push({ name: 'cf_refund_amount', label: 'Refund amount', type: 'custom_number' });
  });
});
afterEach(() => fd.close());

const url = `/api/v2/tickets/${TICKET}`;
const failed = (...errors: { field: string; message: string; code: string }[]) => ({ description: 'Validation failed', errors });
const TYPES = "It should be one of these values: 'Question,Incident,Problem,Feature Request'";

describe('GET /api/v2/tickets/{id} (docs/freshdesk.md "Viewing a ticket")', () => {
  it('answers the full ticket in the documented shape, every custom field listed', async () => {
    const res = await fd.api.get(url);
    expect(res.status).toBe(200);
    expect(Object.keys(res.data)).toEqual([
      'cc_emails', 'fwd_emails', 'reply_cc_emails', 'ticket_cc_emails', 'fr_escalated', 'spam', 'email_config_id',
      'group_id', 'priority', 'requester_id', 'responder_id', 'source', 'company_id', 'status', 'subject',
      'association_type', 'to_emails', 'product_id', 'id', 'type', 'due_by', 'fr_due_by', 'is_escalated',
      'description', 'description_text', 'custom_fields', 'created_at', 'updated_at', 'tags', 'attachments',
      'source_additional_info',
    ]);
    expect(res.data).toMatchObject({
      id: 1042,
      priority: 2,
      status: 2,
      source: 1,
      type: null,
      group_id: null,
      requester_id: 73004500211,
      subject: 'Charged twice for my March invoice',
      description_text: 'Hi, my card was charged twice for invoice INV-2291. Please refund one of them.',
      custom_fields: { cf_ai_category: null, cf_ai_urgency: null, cf_ai_confidence: null, cf_refund_amount: null },
      created_at: '2024-05-02T10:15:00Z',
      updated_at: '2024-05-02T10:15:04Z',
      tags: ['billing'],
      attachments: [],
    });
  });

  it('adds requester and stats on ?include=, one rate-limit credit each', async () => {
    const res = await fd.api.get(url, { params: { include: 'requester,stats' } });
    expect(res.status).toBe(200);
    expect(res.headers['x-ratelimit-used-currentrequest']).toBe('3');
    expect(res.data.requester).toEqual({
      id: 73004500211,
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.org',
      mobile: null,
      phone: '+44 20 7946 0321',
    });
    expect(Object.keys(res.data.stats)).toEqual([
      'agent_responded_at', 'requester_responded_at', 'first_responded_at', 'status_updated_at', 'reopened_at',
      'resolved_at', 'closed_at', 'pending_since',
    ]);
  });

  it('includes at most 10 conversations, oldest first', async () => {
    for (let i = 0; i < 11; i++) await fd.api.post(`${url}/notes`, { body: `n${i}` });
    const res = await fd.api.get(url, { params: { include: 'conversations' } });
    expect(res.data.conversations).toHaveLength(10);
    expect(res.data.conversations[0].id).toBe(73015550001);
  });

  it('rejects an unknown include and an unknown query key', async () => {
    const bad = await fd.api.get(url, { params: { include: 'survey_results' } });
    expect(bad.status).toBe(400);
    expect(bad.data).toEqual(
      failed({ field: 'include', message: "It should be one of these values: 'conversations,requester,company,stats'", code: 'invalid_value' }),
    );
    const typo = await fd.api.get(url, { params: { includ: 'stats' } });
    expect(typo.data).toEqual(failed({ field: 'includ', message: 'Unexpected/invalid field in request', code: 'invalid_field' }));
  });
});

// docs/freshdesk.md "Updating a ticket", "Validation errors"
describe('PUT /api/v2/tickets/{id}: validation order and errors', () => {
  it('reports unknown keys alone, before any other check', async () => {
    const res = await fd.api.put(url, { cf_ai_category: 'Billing', priority: 9, cc_emails: ['a@b.c'] });
    expect(res.status).toBe(400);
    expect(res.data).toEqual(
      failed(
        { field: 'cf_ai_category', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
        { field: 'cc_emails', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
      ),
    );
  });

  it('reports an unknown custom_fields key with the raw key as field', async () => {
    const res = await fd.api.put(url, { custom_fields: { cf_nope: 1 } });
    expect(res.data).toEqual(failed({ field: 'cf_nope', message: 'Unexpected/invalid field in request', code: 'invalid_field' }));
  });

  // docs/freshdesk.md "Validation errors" examples
  it('then the type and enumeration stage, byte for byte', async () => {
    const res = await fd.api.put(url, { priority: 7, status: 9, type: 'Billing', tags: ['ai,billing'], group_id: 99999 });
    expect(res.status).toBe(400);
    // group_id 99999 is well-typed, so its existence is not checked in this stage.
    expect(res.data).toEqual(
      failed(
        { field: 'priority', message: "It should be one of these values: '1,2,3,4'", code: 'invalid_value' },
        { field: 'status', message: "It should be one of these values: '2,3,4,5'", code: 'invalid_value' },
        { field: 'type', message: TYPES, code: 'invalid_value' },
        { field: 'tags', message: "It should not have strings containing the special characters: ','", code: 'invalid_value' },
      ),
    );
  });

  it('reports a wrong JSON type as datatype_mismatch', async () => {
    expect((await fd.api.put(url, { priority: '3' })).data).toEqual(
      failed({ field: 'priority', message: "Value set is of type String.It should be one of these values: '1,2,3,4'", code: 'datatype_mismatch' }),
    );
    expect((await fd.api.put(url, { tags: 'billing' })).data).toEqual(
      failed({ field: 'tags', message: 'It should be a/an Array', code: 'datatype_mismatch' }),
    );
    expect((await fd.api.put(url, { group_id: '12' })).data).toEqual(
      failed({ field: 'group_id', message: 'It should be a/an Positive Integer', code: 'datatype_mismatch' }),
    );
    expect((await fd.api.put(url, { tags: ['x'.repeat(33)] })).data.errors[0]).toMatchObject({ field: 'tags', code: 'invalid_value' });
  });

  it('then existence and custom-field values (docs/freshdesk.md "Validation errors" examples)', async () => {
    const res = await fd.api.put(url, { group_id: 99999, custom_fields: { cf_ai_category: 'Shipping' } });
    expect(res.status).toBe(400);
    expect(res.data).toEqual(
      failed(
        { field: 'group_id', message: 'There is no group matching the given group_id', code: 'invalid_value' },
        {
          field: 'custom_fields.cf_ai_category',
          message: "It should be one of these values: 'Billing,Bug,How-to,Feature request'",
          code: 'invalid_value',
        },
      ),
    );
    expect((await fd.api.put(url, { responder_id: 1, requester_id: 2 })).data).toEqual(
      failed(
        { field: 'responder_id', message: 'There is no agent matching the given responder_id', code: 'invalid_value' },
        { field: 'requester_id', message: 'There is no contact matching the given requester_id', code: 'invalid_value' },
      ),
    );
    expect((await fd.api.put(url, { custom_fields: { cf_refund_amount: '12' } })).data).toEqual(
      failed({ field: 'custom_fields.cf_refund_amount', message: 'It should be a/an Integer', code: 'datatype_mismatch' }),
    );
  });

  // docs/freshdesk.md "Validation errors" examples
  it('then closure: required_for_closure fields must be filled', async () => {
    const res = await fd.api.put(url, { status: 5 });
    expect(res.status).toBe(400);
    expect(res.data).toEqual(failed({ field: 'type', message: TYPES, code: 'missing_field' }));
    const ok = await fd.api.put(url, { status: 5, type: 'Question' });
    expect(ok.status).toBe(200);
    expect(ok.data.status).toBe(5);
    // A ticket that already has a type closes without sending one.
    expect((await fd.api.put(`/api/v2/tickets/${OTHER_TICKET}`, { status: 4 })).status).toBe(200);
  });

  it('checks required_for_closure custom fields against the merged values', async () => {
    await fd.close();
    fd = await startFreshdesk((a) => {
      a.systemFieldsRequiredForClosure = [];
      a.ticketFields[0]!.required_for_closure = true;
    });
    expect((await fd.api.put(url, { status: 4 })).data).toEqual(
      failed({
        field: 'custom_fields.cf_ai_category',
        message: "It should be one of these values: 'Billing,Bug,How-to,Feature request'",
        code: 'missing_field',
      }),
    );
    await fd.api.put(url, { custom_fields: { cf_ai_category: 'Billing' } });
    expect((await fd.api.put(url, { status: 4 })).status).toBe(200);
  });

  it('accepts a configured custom status and lists it in the error otherwise', async () => {
    await fd.close();
    fd = await startFreshdesk((a) => {
      a.customStatuses = [{ id: 6, name: 'Waiting on Third Party' }];
    });
    expect((await fd.api.put(url, { status: 6 })).status).toBe(200);
    expect((await fd.api.put(url, { status: 7 })).data.errors[0].message).toBe("It should be one of these values: '2,3,4,5,6'");
  });

  it('changes nothing when any field fails', async () => {
    const before = (await fd.api.get(url)).data;
    await fd.api.put(url, { priority: 3, tags: ['new'], group_id: 99999 });
    expect((await fd.api.get(url)).data).toEqual(before);
  });

  it('refuses PUT on a deleted or spam ticket with 405', async () => {
    await fd.close();
    fd = await startFreshdesk((a) => {
      a.tickets[0]!.deleted = true;
    });
    const get = await fd.api.get(url);
    expect(get.status).toBe(200);
    expect(get.data.deleted).toBe(true);
    const put = await fd.api.put(url, { priority: 3 });
    expect(put.status).toBe(405);
    expect(put.headers['allow']).toBe('GET');
  });
});

describe('PUT /api/v2/tickets/{id}: update semantics (docs/freshdesk.md "Updating a ticket")', () => {
  it('updates only the sent keys, matches type case-insensitively and bumps updated_at', async () => {
    fd.clock.advance(5_000);
    const res = await fd.api.put(url, { priority: 4, type: 'feature request', group_id: 73000100001, responder_id: 73000000008 });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      priority: 4,
      type: 'Feature Request',
      group_id: 73000100001,
      responder_id: 73000000008,
      status: 2,
      subject: 'Charged twice for my March invoice',
      tags: ['billing'],
      updated_at: iso(fd.clock.now()),
    });
    expect(res.data).toEqual((await fd.api.get(url)).data);
  });

  it('replaces tags (trimmed, blanks dropped, duplicates removed ignoring case)', async () => {
    const res = await fd.api.put(url, { tags: [' ai-category:billing ', 'AI-category:billing', '', 'vip'] });
    expect(res.data.tags).toEqual(['ai-category:billing', 'vip']);
    expect((await fd.api.put(url, { tags: [] })).data.tags).toEqual([]);
  });

  it('merges custom_fields key by key; null clears one', async () => {
    await fd.api.put(url, { custom_fields: { cf_ai_category: 'Billing', cf_ai_confidence: '0.93' } });
    const res = await fd.api.put(url, { custom_fields: { cf_ai_urgency: 'high', cf_ai_confidence: null } });
    expect(res.data.custom_fields).toEqual({
      cf_ai_category: 'Billing',
      cf_ai_urgency: 'high',
      cf_ai_confidence: null,
      cf_refund_amount: null,
    });
  });

  // docs/freshdesk.md "Updating a ticket", Simpli Freshdesk guide
  it('accepts the Simpli Freshdesk guide triage update as a whole', async () => {
    const res = await fd.api.put(url, {
      priority: 3,
      type: 'Question',
      group_id: 73000100001,
      custom_fields: { cf_ai_category: 'Billing', cf_ai_urgency: 'high', cf_ai_confidence: '0.93' },
      tags: ['ai-category:billing', 'ai-urgency:high'],
    });
    expect(res.status).toBe(200);
    expect(fd.service.state().tickets.find((t) => t.id === TICKET)).toMatchObject({
      priority: 3,
      custom_fields: { cf_ai_category: 'Billing' },
      tags: ['ai-category:billing', 'ai-urgency:high'],
    });
  });
});
