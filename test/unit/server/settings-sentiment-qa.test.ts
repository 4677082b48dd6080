import { readSettings } from '../../../server/contracts/iparams';
import { settingDefinition } from '../../../server/contracts/settings-table';

describe('sentiment and QA settings', () => {
  it('default to: threshold 50 %, no priority raise, no first-message analysis, every resolution scored', () => {
    const s = readSettings({});
    expect(s.sentiment_escalation_threshold).toBe(0.5);
    expect(s.sentiment_raise_priority).toBe(false);
    expect(s.sentiment_first_message).toBe(false);
    expect(s.qa_sample_rate).toBe(1);
  });

  it('the installation page offers the same defaults', () => {
    expect(settingDefinition('sentiment_escalation_threshold')).toMatchObject({ kind: 'percent', default: 50 });
    expect(settingDefinition('sentiment_raise_priority')).toMatchObject({ kind: 'switch', default: false });
    expect(settingDefinition('sentiment_first_message')).toMatchObject({ kind: 'switch', default: false });
    expect(settingDefinition('qa_sample_rate')).toMatchObject({ kind: 'percent', default: 100 });
  });

  it('reads percentages as numbers or the strings a form stores', () => {
    const s = readSettings({ sentiment_escalation_threshold: '65', qa_sample_rate: 12.5, sentiment_raise_priority: 'true' });
    expect(s.sentiment_escalation_threshold).toBe(0.65);
    expect(s.qa_sample_rate).toBe(0.125);
    expect(s.sentiment_raise_priority).toBe(true);
  });

  it('accepts the ends of the range and falls back to the default outside it', () => {
    expect(readSettings({ qa_sample_rate: 0 }).qa_sample_rate).toBe(0);
    expect(readSettings({ qa_sample_rate: 100 }).qa_sample_rate).toBe(1);
    expect(readSettings({ qa_sample_rate: 101 }).qa_sample_rate).toBe(1);
    expect(readSettings({ qa_sample_rate: -5 }).qa_sample_rate).toBe(1);
    expect(readSettings({ sentiment_escalation_threshold: 'high' }).sentiment_escalation_threshold).toBe(0.5);
  });
});
