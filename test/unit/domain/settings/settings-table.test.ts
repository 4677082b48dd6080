import { readSettings } from '../../../../server/contracts/iparams';
import { DRAFT_STYLES, SECURE_SETTING_KEYS, SETTING_DEFAULTS, SETTINGS_TABLE } from '../../../../server/contracts/settings-table';
import { checkSettings } from '../../../../server/domain/settings/check-settings';

describe('the settings table', () => {
  it('keeps the keys and defaults config/iparams.json had, in its order', () => {
    expect(SETTINGS_TABLE.map((r) => r.key)).toEqual([
      'simpli_triage_host', 'simpli_reply_host', 'simpli_sentiment_host', 'simpli_qa_host', 'simpli_kb_host', 'simpli_api_key',
      'freshdesk_subdomain', 'freshdesk_api_key', 'feature_triage', 'triage_min_confidence_priority', 'triage_min_confidence_type',
      'triage_min_confidence_group', 'triage_overwrite_existing', 'triage_team_groups', 'feature_draft', 'feature_draft_note',
      'draft_style', 'draft_language', 'feature_sentiment', 'sentiment_escalation_threshold', 'sentiment_raise_priority',
      'sentiment_first_message', 'feature_qa', 'qa_sample_rate', 'feature_kb_sync',
    ]);
    // config/iparams.json's default_value of every key that had one, before the custom page replaced it.
    expect(SETTING_DEFAULTS).toEqual({
      feature_triage: true, triage_min_confidence_priority: 60, triage_min_confidence_type: 70, triage_min_confidence_group: 70,
      triage_overwrite_existing: false, feature_draft: true, feature_draft_note: true, draft_style: 'friendly', feature_sentiment: true,
      sentiment_escalation_threshold: 50, sentiment_raise_priority: false, sentiment_first_message: false, feature_qa: true,
      qa_sample_rate: 100, feature_kb_sync: true,
    });
    expect(SECURE_SETTING_KEYS).toEqual(['simpli_api_key', 'freshdesk_api_key']);
  });

  it('is where the server’s defaults come from', () => {
    const s = readSettings({}) as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(SETTING_DEFAULTS)) {
      const row = SETTINGS_TABLE.find((r) => r.key === key);
      expect([key, s[key]]).toEqual([key, row?.kind === 'percent' ? (value as number) / 100 : value]);
    }
  });

  it('has defaults the page’s own checks accept', () => {
    const values: Record<string, string | boolean> = {};
    for (const [k, v] of Object.entries(SETTING_DEFAULTS)) values[k] = typeof v === 'boolean' ? v : String(v);
    const { problems, questions } = checkSettings({ values, storedSecrets: new Set(), confirmed: {} });
    for (const [k] of Object.entries(SETTING_DEFAULTS)) expect([k, problems[k], questions[k]]).toEqual([k, undefined, undefined]);
    expect(DRAFT_STYLES).toContain(SETTING_DEFAULTS.draft_style);
  });

  it('gives every row a label, help text and, for hosts, an example', () => {
    for (const row of SETTINGS_TABLE) {
      expect(row.label.length).toBeGreaterThan(3);
      expect(row.help.length).toBeGreaterThan(10);
      if (row.kind === 'host') expect(row.example).toMatch(/\.example\.com$/);
    }
  });
});
