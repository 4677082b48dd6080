/** getConfigs → the form → postConfigs (app/src/settings/model/form.ts). */
import { configsFromForm, emptyForm, formFromConfigs } from '../../../app/src/settings/model/form';
import { STORED as STORED_INSTALLATION } from './fake-install-port';

const STORED = { ...STORED_INSTALLATION, triage_min_confidence_type: 85, feature_qa: false };

describe('a new installation', () => {
  it('starts from the defaults, percentages as text, secure keys not set', () => {
    const form = emptyForm();
    expect(form.values).toMatchObject({ feature_triage: true, triage_min_confidence_priority: '60', draft_style: 'friendly', draft_language: '', simpli_api_key: '' });
    expect(form.storedSecrets.size).toBe(0);
  });
});

describe('getConfigs(configs)', () => {
  it('fills the form from the stored settings; a secure key named in __meta shows as set, its field stays empty', () => {
    const form = formFromConfigs(STORED);
    expect(form.values).toMatchObject({ simpli_reply_host: 'reply.simpli.test', triage_min_confidence_type: '85', feature_qa: false, simpli_api_key: '', freshdesk_api_key: '' });
    expect([...form.storedSecrets].sort()).toEqual(['freshdesk_api_key', 'simpli_api_key']);
    expect(form.receivedSecrets).toEqual({});
  });

  it('keeps secure values the platform hands over out of the form, to return them unchanged', () => {
    const form = formFromConfigs({ ...STORED, simpli_api_key: 'sk-stored', __meta: undefined });
    expect(form.values.simpli_api_key).toBe('');
    expect(form.receivedSecrets).toEqual({ simpli_api_key: 'sk-stored' });
    expect([...form.storedSecrets]).toEqual(['simpli_api_key']);
  });

  it('reads string switches and numbers, and keeps a default for a value of the wrong type', () => {
    const form = formFromConfigs({ feature_draft: 'false', qa_sample_rate: { x: 1 }, draft_style: 42 });
    expect(form.values).toMatchObject({ feature_draft: false, qa_sample_rate: '100', draft_style: '42' });
    expect(formFromConfigs(null)).toEqual(emptyForm());
  });
});

describe('postConfigs()', () => {
  it('returns every setting typed as the server reads it, and __meta.secure', () => {
    const form = formFromConfigs(STORED);
    const values = { ...form.values, triage_min_confidence_group: ' 12,5 % ', draft_language: 'PT-br', triage_team_groups: '\n tech = Technical Support \n\n', freshdesk_subdomain: ' acme ' };
    const configs = configsFromForm({ ...form, values });
    expect(configs).toMatchObject({
      feature_qa: false,
      triage_min_confidence_group: 12.5,
      triage_min_confidence_type: 85,
      draft_language: 'pt-BR',
      triage_team_groups: 'tech = Technical Support',
      freshdesk_subdomain: 'acme',
      __meta: { secure: ['simpli_api_key', 'freshdesk_api_key'] },
    });
  });

  it('leaves out a stored secure key that was not typed again (the platform keeps it)…', () => {
    const configs = configsFromForm(formFromConfigs(STORED));
    expect(configs).not.toHaveProperty('simpli_api_key');
    expect(configs).not.toHaveProperty('freshdesk_api_key');
  });

  it('…returns it unchanged when getConfigs handed it over, and a typed one replaces it', () => {
    const form = formFromConfigs({ ...STORED, simpli_api_key: 'sk-stored', freshdesk_api_key: 'fd-stored' });
    const configs = configsFromForm({ ...form, values: { ...form.values, freshdesk_api_key: ' fd-new ' } });
    expect(configs).toMatchObject({ simpli_api_key: 'sk-stored', freshdesk_api_key: 'fd-new' });
  });
});
