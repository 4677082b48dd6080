/**
 * GET /ticket_fields and POST /admin/ticket_fields (docs/freshdesk.md "Ticket fields", "Groups and ticket types",
 * "Creating ticket fields").
 */
import { startFreshdesk, TICKET, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk((a) => {
    a.ticketFields = []; // a fresh account: the app's install step creates the AI fields
  });
});
afterEach(() => fd.close());

const AI_CATEGORY = {
  label: 'AI Category',
  label_for_customers: 'Category',
  type: 'custom_dropdown',
  displayed_to_customers: false,
  customers_can_edit: false,
  choices: [
    { value: 'Billing', position: 1 },
    { value: 'Bug', position: 2 },
    { value: 'How-to', position: 3 },
    { value: 'Feature request', position: 4 },
  ],
};

describe('GET /api/v2/ticket_fields (docs/freshdesk.md "Ticket fields", "Groups and ticket types")', () => {
  it('lists the system fields with type-dependent choices', async () => {
    const res = await fd.api.get('/api/v2/ticket_fields');
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.data.map((f: { name: string }) => [f.name, f]));
    expect(byName.ticket_type).toMatchObject({
      type: 'default_ticket_type',
      default: true,
      required_for_closure: true,
      choices: ['Question', 'Incident', 'Problem', 'Feature Request'],
    });
    expect(byName.priority.choices).toEqual({ Low: 1, Medium: 2, High: 3, Urgent: 4 });
    expect(byName.status.choices).toMatchObject({ '2': ['Open', 'Being Processed'], '5': ['Closed', 'This ticket has been Closed'] });
    expect(byName.group.choices).toEqual({ Billing: 73000100001 });
    expect(byName.agent.choices).toEqual({ 'Sam Agent': 73000000007, 'Riley Agent': 73000000008 });
  });

  it('filters by ?type=', async () => {
    const res = await fd.api.get('/api/v2/ticket_fields', { params: { type: 'default_ticket_type' } });
    expect(res.data).toHaveLength(1);
    expect((await fd.api.get('/api/v2/ticket_fields', { params: { type: 'bogus' } })).status).toBe(400);
  });
});

describe('POST /api/v2/admin/ticket_fields (docs/freshdesk.md "Creating ticket fields")', () => {
  it('creates cf_<snake label> with choice objects, 201 + Location', async () => {
    fd.clock.advance(1_000);
    const res = await fd.api.post('/api/v2/admin/ticket_fields', AI_CATEGORY);
    expect(res.status).toBe(201);
    expect(res.headers['location']).toBe(`https://acme-shop.freshdesk.com/api/v2/admin/ticket_fields/${res.data.id}`);
    expect(res.data).toMatchObject({
      name: 'cf_ai_category',
      label: 'AI Category',
      label_for_customers: 'Category',
      position: 1,
      type: 'custom_dropdown',
      default: false,
      required_for_closure: false,
      field_update_in_progress: false,
      archived: false,
    });
    expect(res.data.choices).toEqual(
      ['Billing', 'Bug', 'How-to', 'Feature request'].map((value, i) => ({
        id: expect.any(Number),
        value,
        position: i + 1,
        parent_choice_id: res.data.id,
        choices: [],
      })),
    );
  });

  it('shows the new field in /ticket_fields and on every ticket, and validates values against it', async () => {
    await fd.api.post('/api/v2/admin/ticket_fields', AI_CATEGORY);
    const fields = (await fd.api.get('/api/v2/ticket_fields')).data;
    expect(fields).toContainEqual(
      expect.objectContaining({ name: 'cf_ai_category', type: 'custom_dropdown', default: false, choices: ['Billing', 'Bug', 'How-to', 'Feature request'] }),
    );
    expect((await fd.api.get(`/api/v2/tickets/${TICKET}`)).data.custom_fields).toEqual({ cf_ai_category: null });
    expect((await fd.api.put(`/api/v2/tickets/${TICKET}`, { custom_fields: { cf_ai_category: 'Bug' } })).status).toBe(200);
    expect((await fd.api.put(`/api/v2/tickets/${TICKET}`, { custom_fields: { cf_ai_category: 'bug' } })).status).toBe(400);
  });

  it('appends digits when the generated name is taken, and refuses a repeated label', async () => {
    const first = await fd.api.post('/api/v2/admin/ticket_fields', AI_CATEGORY);
    const clash = await fd.api.post('/api/v2/admin/ticket_fields', { ...AI_CATEGORY, label: 'AI  Category!' });
    expect(clash.status).toBe(201);
    expect(first.data.name).toBe('cf_ai_category');
    expect(clash.data.name).toMatch(/^cf_ai_category\d+$/);
    const again = await fd.api.post('/api/v2/admin/ticket_fields', { ...AI_CATEGORY, label: 'ai category' });
    expect(again.status).toBe(400);
    expect(again.data).toEqual({
      description: 'Validation failed',
      errors: [{ field: 'label', message: 'Ticket field with label ai category already exist', code: 'invalid_value' }],
    });
  });

  it('validates the body: required keys, type, choices', async () => {
    const none = await fd.api.post('/api/v2/admin/ticket_fields', { label: 'X' });
    expect(none.status).toBe(400);
    expect(none.data.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['label_for_customers', 'missing_field'],
      ['type', 'missing_field'],
    ]);
    const noChoices = await fd.api.post('/api/v2/admin/ticket_fields', { label: 'X', label_for_customers: 'X', type: 'custom_dropdown' });
    expect(noChoices.data.errors).toEqual([{ field: 'choices', message: 'It should be a/an Array', code: 'missing_field' }]);
    const badType = await fd.api.post('/api/v2/admin/ticket_fields', { label: 'X', label_for_customers: 'X', type: 'dropdown' });
    expect(badType.data.errors[0]).toMatchObject({ field: 'type', code: 'invalid_value' });
    const extra = await fd.api.post('/api/v2/admin/ticket_fields', { label: 'X', label_for_customers: 'X', type: 'custom_text', name: 'cf_x' });
    expect(extra.data.errors).toEqual([{ field: 'name', message: 'Unexpected/invalid field in request', code: 'invalid_field' }]);
  });

  it('lists admin fields without choices and reads one with them', async () => {
    const created = (await fd.api.post('/api/v2/admin/ticket_fields', AI_CATEGORY)).data;
    const list = (await fd.api.get('/api/v2/admin/ticket_fields')).data;
    expect(list.find((f: { id: number }) => f.id === created.id)).not.toHaveProperty('choices');
    expect((await fd.api.get(`/api/v2/admin/ticket_fields/${created.id}`)).data).toEqual(created);
  });
});
