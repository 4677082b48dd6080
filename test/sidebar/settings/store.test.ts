/**
 * The installation page's behaviour without a browser: validate() with its messages and questions, the group
 * check, Test connection with the stored or typed keys (app/src/settings/store.ts over a fake port).
 */
import { createSettingsStore, type SettingsStore } from '../../../app/src/settings/store';
import { SETTING_DEFAULTS } from '../../../server/contracts/settings-table';
import { app, fakeInstallPort, healthyPort, ok, platform } from './fake-install-port';

const STORED = {
  ...SETTING_DEFAULTS,
  simpli_triage_host: 'triage.simpli.test',
  simpli_reply_host: 'reply.simpli.test',
  simpli_sentiment_host: 'sentiment.simpli.test',
  simpli_qa_host: 'qa.simpli.test',
  simpli_kb_host: 'kb.simpli.test',
  freshdesk_subdomain: 'acme',
  triage_team_groups: 'tech = Technical Support',
  __meta: { secure: ['simpli_api_key', 'freshdesk_api_key'] },
};

function editing(port = healthyPort()): { store: SettingsStore; port: ReturnType<typeof healthyPort> } {
  const store = createSettingsStore(port);
  store.load(STORED);
  return { store, port };
}

describe('validate()', () => {
  it('passes the stored settings after checking the mapping against the account’s groups (stored key)', async () => {
    const { store, port } = editing();
    await expect(store.validate()).resolves.toBe(true);
    expect(port.calls).toEqual([{ name: 'installCheckFreshdeskGroupsSaved', context: { freshdesk_subdomain: 'acme', page: '1' } }]);
  });

  it('fails with a message per field and shows them all', async () => {
    const { store, port } = editing();
    store.setValue('simpli_qa_host', 'https://qa.simpli.test/');
    store.setValue('qa_sample_rate', '150');
    expect(store.getState().shown).toEqual(new Set());
    await expect(store.validate()).resolves.toBe(false);
    const s = store.getState();
    expect(s.shown).toBe('all');
    expect(s.check.problems).toEqual({ simpli_qa_host: expect.stringMatching(/without “https:\/\/”/), qa_sample_rate: 'A percentage runs from 0 to 100' });
    expect(port.calls).toEqual([]); // nothing leaves the page while a field is wrong
  });

  it('questions 0.7 until the admin corrects it or keeps it', async () => {
    const { store } = editing();
    store.setValue('triage_min_confidence_type', '0.7');
    await expect(store.validate()).resolves.toBe(false);
    expect(store.getState().check.questions.triage_min_confidence_type?.text).toBe('Did you mean 70 %?');
    store.useSuggestion('triage_min_confidence_type');
    expect(store.getState().form.values.triage_min_confidence_type).toBe('70');
    await expect(store.validate()).resolves.toBe(true);

    store.setValue('qa_sample_rate', '0.5');
    await expect(store.validate()).resolves.toBe(false);
    store.keepAsTyped('qa_sample_rate');
    await expect(store.validate()).resolves.toBe(true);
    expect(store.configs()).toMatchObject({ triage_min_confidence_type: 70, qa_sample_rate: 0.5 });
  });

  it('names the mapping line whose group the account does not have', async () => {
    const { store } = editing();
    store.setValue('triage_team_groups', 'tech = Technical Support\nlogistics = Shiping');
    await expect(store.validate()).resolves.toBe(false);
    expect(store.getState().groupProblem).toBe('Line 2 (logistics = Shiping): Freshdesk has no group named "Shiping"');
    store.setValue('triage_team_groups', 'tech = Technical Support\nlogistics = Shipping');
    expect(store.getState().groupProblem).toBeUndefined();
    await expect(store.validate()).resolves.toBe(true);
  });

  it('says so when the groups cannot be read, with the typed key', async () => {
    const { store, port } = editing();
    store.setValue('freshdesk_api_key', 'wrong');
    await expect(store.validate()).resolves.toBe(false);
    expect(store.getState().groupProblem).toBe('Could not check the mapping against your Freshdesk groups: Freshdesk rejected the API key (401 at acme.freshdesk.com)');
    expect(port.calls.at(-1)).toEqual({ name: 'installCheckFreshdeskGroups', context: { freshdesk_subdomain: 'acme', page: '1', freshdesk_api_key: 'wrong' } });
  });

  it('follows the groups’ pages', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, name: `Group ${i + 1}` }));
    const port = fakeInstallPort({
      installCheckFreshdeskGroupsSaved: (c) => (c.page === '1' ? ok(page1, { link: '<https://acme.freshdesk.com/api/v2/groups?page=2>; rel="next"' }) : ok([{ id: 500, name: 'Technical Support' }])),
    });
    const { store } = editing(port as ReturnType<typeof healthyPort>);
    await expect(store.validate()).resolves.toBe(true);
    expect(port.calls.map((c) => c.context.page)).toEqual(['1', '2']);
  });

  it('a new installation needs both keys', async () => {
    const store = createSettingsStore(healthyPort());
    await expect(store.validate()).resolves.toBe(false);
    expect(store.getState().check.problems).toMatchObject({ simpli_api_key: 'Enter the Simpli API key', freshdesk_api_key: 'Enter the Freshdesk API key' });
  });
});

describe('Test connection', () => {
  const statuses = (store: SettingsStore) => Object.fromEntries((store.getState().connection.checks ?? []).map((c) => [c.label, `${c.status}: ${c.message}`]));

  it('checks every service, the Simpli key at Reply and the Freshdesk key, with the stored keys', async () => {
    const { store, port } = editing();
    await store.testConnection();
    expect(statuses(store)).toEqual({
      'Simpli Triage': 'ok: Simpli Triage answers at triage.simpli.test',
      'Simpli Reply': 'ok: Simpli Reply answers at reply.simpli.test',
      'Simpli Sentiment': 'ok: Simpli Sentiment answers at sentiment.simpli.test',
      'Simpli QA': 'ok: Simpli QA answers at qa.simpli.test',
      'Simpli KB': 'ok: Simpli KB answers at kb.simpli.test',
      'Simpli API key': 'ok: Simpli accepted the API key',
      Freshdesk: 'ok: Freshdesk accepted the API key at acme.freshdesk.com (3 groups)',
    });
    expect(port.calls.map((c) => c.name).sort()).toEqual([
      ...Array(5).fill('installCheckSimpliHealth'),
      'installCheckFreshdeskGroupsSaved',
      'installCheckSimpliKeySaved',
    ].sort());
  });

  it('names the wrong key and the unknown subdomain, typed', async () => {
    const { store } = editing();
    store.setValue('simpli_api_key', 'nope');
    store.setValue('freshdesk_subdomain', 'acmee');
    await store.testConnection();
    expect(statuses(store)['Simpli API key']).toBe('problem: Simpli rejected the API key (401 from Simpli Reply)');
    expect(statuses(store).Freshdesk).toBe('problem: acmee.freshdesk.com could not be reached: check the Freshdesk subdomain');
    expect(store.getState().connection.checks?.find((c) => c.label === 'Freshdesk')?.key).toBe('freshdesk_subdomain');
  });

  it('a service down is named; the key check waits for Reply', async () => {
    const port = fakeInstallPort({
      installCheckSimpliHealth: (c) => (c.host?.startsWith('reply.') ? platform(502, 'Error in establishing connection') : ok({ status: 'ok' })),
      installCheckFreshdeskGroupsSaved: () => app(401),
    });
    const { store } = editing(port as ReturnType<typeof healthyPort>);
    await store.testConnection();
    expect(statuses(store)['Simpli Reply']).toBe('problem: Simpli Reply could not be reached at reply.simpli.test');
    expect(statuses(store)['Simpli API key']).toBe('skipped: Not checked: it is checked at Simpli Reply, which did not answer');
    expect(statuses(store).Freshdesk).toBe('problem: Freshdesk rejected the API key (401 at acme.freshdesk.com)');
    expect(port.calls.some((c) => c.name.startsWith('installCheckSimpliKey'))).toBe(false);
  });

  it('does not call out for a host that is not a host name, or without keys', async () => {
    const port = healthyPort();
    const store = createSettingsStore(port);
    store.setValue('simpli_triage_host', '10.0.0.1');
    await store.testConnection();
    expect(statuses(store)['Simpli Triage']).toMatch(/^skipped: Not checked: An IP address is not allowed/);
    expect(statuses(store)['Simpli API key']).toBe('skipped: Not checked: enter the Simpli API key');
    expect(port.calls.filter((c) => c.context.host === '10.0.0.1')).toEqual([]);
  });

  it('a completed check of the account’s groups also flags an unknown mapping line', async () => {
    const { store } = editing();
    store.setValue('triage_team_groups', 'x = Nowhere');
    await store.testConnection();
    expect(store.getState().groupProblem).toBe('Line 1 (x = Nowhere): Freshdesk has no group named "Nowhere"');
  });
});
