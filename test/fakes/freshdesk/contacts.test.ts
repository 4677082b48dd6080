/**
 * PUT /api/v2/contacts/{id} and the contact fields (docs/freshdesk.md "Contacts", "Ticket fields"; Simpli Freshdesk
 * guide: sentiment fields).
 */
import { startFreshdesk, type TestFreshdesk } from './helpers';

let fd: TestFreshdesk;
beforeEach(async () => {
  fd = await startFreshdesk();
});
afterEach(() => fd.close());

const DANA = '/api/v2/contacts/73004500211';
const failed = (...errors: { field: string; message: string; code: string }[]) => ({ description: 'Validation failed', errors });

describe('PUT /api/v2/contacts/{id} (docs/freshdesk.md "Contacts")', () => {
  it('updates custom fields keyed without cf_, merging them, and answers the contact', async () => {
    await fd.api.put(DANA, { custom_fields: { escalation_risk: '0.2' } });
    const res = await fd.api.put(DANA, { custom_fields: { sentiment_score: 'negative' }, job_title: 'CFO' });
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      id: 73004500211,
      name: 'Dana Whitfield',
      email: 'dana.whitfield@example.org',
      job_title: 'CFO',
      custom_fields: { sentiment_score: 'negative', escalation_risk: '0.2' },
    });
    expect((await fd.api.get(DANA)).data).toEqual(res.data);
    expect(fd.service.state().contacts[0]).toEqual(res.data);
  });

  it('refuses the Simpli Freshdesk guide’s cf_-prefixed contact keys as invalid_field', async () => {
    const res = await fd.api.put(DANA, { custom_fields: { cf_sentiment_score: 'negative', cf_escalation_risk: '0.7' } });
    expect(res.status).toBe(400);
    expect(res.data).toEqual(
      failed(
        { field: 'cf_sentiment_score', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
        { field: 'cf_escalation_risk', message: 'Unexpected/invalid field in request', code: 'invalid_field' },
      ),
    );
  });

  it('checks dropdown values, types and unknown top-level keys', async () => {
    expect((await fd.api.put(DANA, { custom_fields: { sentiment_score: 'furious' } })).data).toEqual(
      failed({
        field: 'custom_fields.sentiment_score',
        message: "It should be one of these values: 'positive,neutral,negative'",
        code: 'invalid_value',
      }),
    );
    expect((await fd.api.put(DANA, { custom_fields: { escalation_risk: 0.7 } })).data).toEqual(
      failed({ field: 'custom_fields.escalation_risk', message: 'It should be a/an String', code: 'datatype_mismatch' }),
    );
    expect((await fd.api.put(DANA, { health: 'bad' })).data.errors[0]).toMatchObject({ field: 'health', code: 'invalid_field' });
  });

  it('answers 409 duplicate_value for another contact’s email', async () => {
    const res = await fd.api.put(DANA, { email: 'LEE.PARK@example.org' });
    expect(res.status).toBe(409);
    expect(res.data).toEqual(failed({ field: 'email', message: 'It should be a unique value', code: 'duplicate_value' }));
  });

  it('replaces tags', async () => {
    await fd.api.put(DANA, { tags: ['vip', 'churn-risk'] });
    expect((await fd.api.put(DANA, { tags: ['vip'] })).data.tags).toEqual(['vip']);
  });
});

describe('contact fields (docs/freshdesk.md "Contact fields")', () => {
  it('lists default fields then custom ones, names without cf_', async () => {
    const res = await fd.api.get('/api/v2/contact_fields');
    expect(res.status).toBe(200);
    const custom = res.data.filter((f: { default: boolean }) => !f.default);
    expect(custom).toEqual([
      expect.objectContaining({ name: 'sentiment_score', type: 'custom_dropdown', choices: ['positive', 'neutral', 'negative'] }),
      expect.objectContaining({ name: 'escalation_risk', type: 'custom_text' }),
    ]);
    expect(res.data[0]).toMatchObject({ name: 'name', type: 'default_name', default: true });
  });

  it('creates a custom contact field (admin) usable at once on contacts', async () => {
    const res = await fd.api.post('/api/v2/contact_fields', {
      label: 'Health Tier',
      label_for_customers: 'Tier',
      type: 'custom_dropdown',
      choices: [
        { value: 'Green', position: 1 },
        { value: 'Red', position: 2 },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.data).toMatchObject({ name: 'health_tier', choices: ['Green', 'Red'] });
    expect(res.headers['location']).toBe(`https://acme-shop.freshdesk.com/api/v2/contact_fields/${res.data.id}`);
    expect((await fd.api.put(DANA, { custom_fields: { health_tier: 'Red' } })).data.custom_fields.health_tier).toBe('Red');
  });
});
