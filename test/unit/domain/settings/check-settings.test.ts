import { SETTING_DEFAULTS, SETTINGS_TABLE } from '../../../../server/contracts/settings-table';
import { checkSettings, type FormValues } from '../../../../server/domain/settings/check-settings';

/** A filled-in form: the defaults as the page shows them, plus hosts, keys and the subdomain. */
function form(overrides: Record<string, string | boolean> = {}): FormValues {
  const values: Record<string, string | boolean> = {};
  for (const row of SETTINGS_TABLE) {
    const d = (SETTING_DEFAULTS as Record<string, string | number | boolean>)[row.key];
    values[row.key] = typeof d === 'boolean' ? d : d === undefined ? '' : String(d);
  }
  return {
    ...values,
    simpli_triage_host: 'triage.simpli.example.com',
    simpli_reply_host: 'reply.simpli.example.com',
    simpli_sentiment_host: 'sentiment.simpli.example.com',
    simpli_qa_host: 'qa.simpli.example.com',
    simpli_kb_host: 'kb.simpli.example.com',
    simpli_api_key: 'sk-1',
    freshdesk_subdomain: 'acme',
    freshdesk_api_key: 'fd-1',
    ...overrides,
  };
}

const check = (values: FormValues, storedSecrets: string[] = [], confirmed: Record<string, number> = {}) =>
  checkSettings({ values, storedSecrets: new Set(storedSecrets), confirmed });

describe('checkSettings', () => {
  it('passes a complete form with the defaults', () => {
    expect(check(form())).toEqual({ problems: {}, questions: {}, teamGroupLines: [] });
  });

  it('gives one message per field, keyed by the setting', () => {
    const result = check(form({ simpli_qa_host: 'https://qa.example.com', freshdesk_subdomain: 'acme.freshdesk.com', qa_sample_rate: '120', draft_language: 'English', draft_style: 'loud', triage_team_groups: 'oops' }));
    expect(Object.keys(result.problems).sort()).toEqual(['draft_language', 'draft_style', 'freshdesk_subdomain', 'qa_sample_rate', 'simpli_qa_host', 'triage_team_groups']);
    expect(result.problems.simpli_qa_host).toMatch(/without “https:\/\/”: e\.g\. qa\.simpli\.example\.com/);
  });

  it('requires a secure key unless one is stored, and then blank keeps it', () => {
    expect(check(form({ simpli_api_key: '' })).problems).toEqual({ simpli_api_key: 'Enter the Simpli API key' });
    expect(check(form({ simpli_api_key: '', freshdesk_api_key: ' ' }), ['simpli_api_key', 'freshdesk_api_key']).problems).toEqual({});
    expect(check(form({ freshdesk_api_key: 'a b' })).problems).toEqual({ freshdesk_api_key: 'An API key has no spaces' });
  });

  it('asks about each percentage ≤ 1 until the admin confirms it', () => {
    const values = form({ triage_min_confidence_type: '0.7', sentiment_escalation_threshold: '0.5' });
    expect(check(values).questions).toEqual({
      triage_min_confidence_type: { text: 'Did you mean 70 %?', suggestion: 70, value: 0.7 },
      sentiment_escalation_threshold: { text: 'Did you mean 50 %?', suggestion: 50, value: 0.5 },
    });
    expect(Object.keys(check(values, [], { triage_min_confidence_type: 0.7 }).questions)).toEqual(['sentiment_escalation_threshold']);
  });

  it('hands the mapping lines on for the group check', () => {
    expect(check(form({ triage_team_groups: 'tech = Technical Support' })).teamGroupLines).toEqual([{ line: 1, team: 'tech', group: 'Technical Support' }]);
  });
});
