import iparamsJson from '../../../config/iparams.json';
import { readSettings } from '../../../server/contracts/iparams';

describe('sentiment and QA settings', () => {
  it('default to: threshold 50 %, no priority raise, no first-message analysis, every resolution scored', () => {
    const s = readSettings({});
    expect(s.sentiment_escalation_threshold).toBe(0.5);
    expect(s.sentiment_raise_priority).toBe(false);
    expect(s.sentiment_first_message).toBe(false);
    expect(s.qa_sample_rate).toBe(1);
  });

  it('the installation page declares the same defaults', () => {
    const page = iparamsJson as Record<string, { default_value?: unknown; type: string }>;
    expect(page.sentiment_escalation_threshold).toMatchObject({ type: 'number', default_value: 50 });
    expect(page.sentiment_raise_priority).toMatchObject({ type: 'checkbox', default_value: false });
    expect(page.sentiment_first_message).toMatchObject({ type: 'checkbox', default_value: false });
    expect(page.qa_sample_rate).toMatchObject({ type: 'number', default_value: 100 });
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
