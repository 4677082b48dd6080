/**
 * The installation page's behaviour without a browser: validate() with its messages and questions, the group
 * check, Test connection with the stored or typed keys (app/src/settings/store.ts over a fake port).
 */
import { createSettingsStore, groupCheckNote, type SettingsStore } from '../../../app/src/settings/store';
import { app, fakeInstallPort, healthyPort, ok, platform, STORED } from './fake-install-port';


function editing(port = healthyPort()): { store: SettingsStore; port: ReturnType<typeof healthyPort> } {
  const store = createSettingsStore(port);
  store.load(STORED);
  return { store, port };
}

/** Lets the background group check finish (the fake port answers at once). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('validate()', () => {
  it('answers at once: the mapping was checked against the account’s groups when the page opened (stored key)', async () => {
    const { store, port } = editing();
    expect(port.calls).toEqual([{ name: 'installCheckFreshdeskGroupsSaved', context: { freshdesk_subdomain: 'acme', page: '1' } }]);
    await settle();
    expect(store.validate()).toBe(true);
    expect(groupCheckNote(store.getState())).toEqual({ tone: 'ok', text: 'Every line names one of your 3 Freshdesk groups.' });
    expect(port.calls).toHaveLength(1);
  });

  it('while the check is running, says so and answers no (a promise the platform might not await would be a yes)', async () => {
    const { store } = editing();
    expect(store.validate()).toBe(false);
    expect(groupCheckNote(store.getState())).toEqual({ tone: 'info', text: 'Checking the mapping against your Freshdesk groups; save again once it is checked.' });
    await settle();
    expect(store.validate()).toBe(true);
  });

  it('fails with a message per field and shows them all', async () => {
    const { store } = editing();
    await settle();
    store.setValue('simpli_qa_host', 'https://qa.simpli.test/');
    store.setValue('qa_sample_rate', '150');
    expect(store.getState().shown).toEqual(new Set());
    expect(store.validate()).toBe(false);
    const s = store.getState();
    expect(s.shown).toBe('all');
    expect(s.check.problems).toEqual({ simpli_qa_host: expect.stringMatching(/without “https:\/\/”/), qa_sample_rate: 'A percentage runs from 0 to 100' });
  });

  it('questions 0.7 until the admin corrects it or keeps it', async () => {
    const { store } = editing();
    await settle();
    store.setValue('triage_min_confidence_type', '0.7');
    expect(store.validate()).toBe(false);
    expect(store.getState().check.questions.triage_min_confidence_type?.text).toBe('Did you mean 70 %?');
    store.useSuggestion('triage_min_confidence_type');
    expect(store.getState().form.values.triage_min_confidence_type).toBe('70');
    expect(store.validate()).toBe(true);

    store.setValue('qa_sample_rate', '0.5');
    expect(store.validate()).toBe(false);
    store.keepAsTyped('qa_sample_rate');
    expect(store.validate()).toBe(true);
    expect(store.configs()).toMatchObject({ triage_min_confidence_type: 70, qa_sample_rate: 0.5 });
  });

  it('checks the mapping again once it is left changed, and names the line whose group the account lacks', async () => {
    const { store, port } = editing();
    await settle();
    store.setValue('triage_team_groups', 'tech = Technical Support\nlogistics = Shiping');
    expect(groupCheckNote(store.getState())).toBeUndefined(); // the result was for other lines
    store.leave('triage_team_groups');
    await settle();
    expect(groupCheckNote(store.getState())).toEqual({ tone: 'problem', text: 'Line 2 (logistics = Shiping): Freshdesk has no group named "Shiping"' });
    expect(store.validate()).toBe(false);
    store.setValue('triage_team_groups', 'tech = Technical Support\nlogistics = Shipping');
    store.leave('triage_team_groups');
    await settle();
    expect(store.validate()).toBe(true);
    expect(port.calls).toHaveLength(3);
  });

  it('says so when the groups cannot be read with the typed key, and tries again on the next save', async () => {
    const { store, port } = editing();
    await settle();
    store.setValue('freshdesk_api_key', 'wrong');
    store.leave('freshdesk_api_key');
    await settle();
    expect(groupCheckNote(store.getState())?.text).toBe('Could not check the mapping against your Freshdesk groups: Freshdesk rejected the API key (401 at acme.freshdesk.com)');
    expect(port.calls.at(-1)).toEqual({ name: 'installCheckFreshdeskGroups', context: { freshdesk_subdomain: 'acme', page: '1', freshdesk_api_key: 'wrong' } });
    expect(store.validate()).toBe(false);
    await settle();
    expect(port.calls).toHaveLength(3);
  });

  it('follows the groups’ pages', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, name: `Group ${i + 1}` }));
    const port = fakeInstallPort({
      installCheckFreshdeskGroupsSaved: (c) => (c.page === '1' ? ok(page1, { link: '<https://acme.freshdesk.com/api/v2/groups?page=2>; rel="next"' }) : ok([{ id: 500, name: 'Technical Support' }])),
    });
    const { store } = editing(port as ReturnType<typeof healthyPort>);
    await settle();
    expect(store.validate()).toBe(true);
    expect(port.calls.map((c) => c.context.page)).toEqual(['1', '2']);
  });

  it('getConfigs with nothing stored is still a new installation', () => {
    const store = createSettingsStore(healthyPort());
    store.load({});
    expect(store.getState().mode).toBe('new');
    store.load(STORED);
    expect(store.getState().mode).toBe('edit');
  });

  it('a new installation needs both keys; without a mapping nothing is asked of Freshdesk', () => {
    const port = healthyPort();
    const store = createSettingsStore(port);
    expect(store.validate()).toBe(false);
    expect(store.getState().check.problems).toMatchObject({ simpli_api_key: 'Enter the Simpli API key', freshdesk_api_key: 'Enter the Freshdesk API key' });
    expect(port.calls).toEqual([]);
  });
});

describe('Test connection', () => {
  const statuses = (store: SettingsStore) => Object.fromEntries((store.getState().connection.checks ?? []).map((c) => [c.label, `${c.status}: ${c.message}`]));

  it('checks every service, the Simpli key at Reply and the Freshdesk key, with the stored keys', async () => {
    const { store, port } = editing();
    await settle();
    const mark = port.calls.length; // the mapping's check when the page opened
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
    expect(port.calls.slice(mark).map((c) => c.name).sort()).toEqual([
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
    expect(store.getState().connection.changed).toEqual([]);
    store.setValue('freshdesk_subdomain', 'acme');
    expect(store.getState().connection.changed).toEqual(['freshdesk_subdomain']); // its finding is no longer shown at the field
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

  it('its reading of the account’s groups also checks the mapping', async () => {
    const { store } = editing();
    store.setValue('triage_team_groups', 'x = Nowhere');
    await store.testConnection();
    expect(groupCheckNote(store.getState())).toEqual({ tone: 'problem', text: 'Line 1 (x = Nowhere): Freshdesk has no group named "Nowhere"' });
    expect(store.validate()).toBe(false);
  });
});
