import { CATEGORIES, URGENCIES } from '../../../../devkit/fakes/simpli/triage/taxonomy';
import { APP_FIELDS, TRIAGE_CATEGORIES, TRIAGE_URGENCIES } from '../../../../server/domain/install/field-specs';
import { REJECTED_KEY_MESSAGE, summarise } from '../../../../server/domain/install/summary';
import { LABELS } from '../../../../server/domain/sentiment/types';

describe('the fields the install creates', () => {
  it('are the Simpli Freshdesk guide\'s five, dropdowns with choices and text fields without', () => {
    expect(APP_FIELDS.map((f) => [f.target, f.label, f.type])).toEqual([
      ['ticket', 'AI Category', 'custom_dropdown'],
      ['ticket', 'AI Urgency', 'custom_dropdown'],
      ['ticket', 'AI Confidence', 'custom_text'],
      ['contact', 'Sentiment Score', 'custom_dropdown'],
      ['contact', 'Escalation Risk', 'custom_text'],
    ]);
    for (const f of APP_FIELDS) expect([f.label, f.choices.length > 0]).toEqual([f.label, f.type === 'custom_dropdown']);
  });

  it('hold every value Triage and Sentiment give (the fake Triage speaks the same taxonomy)', () => {
    expect([...TRIAGE_CATEGORIES]).toEqual(expect.arrayContaining([...CATEGORIES, 'general']));
    expect([...TRIAGE_URGENCIES]).toEqual([...URGENCIES]);
    expect(APP_FIELDS.find((f) => f.label === 'Sentiment Score')?.choices).toEqual([...LABELS]);
  });

  it('have names as Freshdesk generates them: cf_ on ticket fields only', () => {
    expect(APP_FIELDS.map((f) => f.name)).toEqual(['cf_ai_category', 'cf_ai_urgency', 'cf_ai_confidence', 'sentiment_score', 'escalation_risk']);
  });
});

describe('what the install says', () => {
  it('refuses with at most 60 characters that name the setting (docs/platform.md, "Installing: app set-up events")', () => {
    expect(REJECTED_KEY_MESSAGE.length).toBeLessThanOrEqual(60);
    expect(REJECTED_KEY_MESSAGE).toContain('Freshdesk API key');
  });

  it('sums a report up in one line', () => {
    const line = summarise({
      v: 1,
      at: 0,
      freshdesk: { verified: true },
      fields: [
        { role: 'cf_ai_category', target: 'ticket', label: 'AI Category', outcome: 'created', name: 'cf_ai_category' },
        { role: 'cf_ai_urgency', target: 'ticket', label: 'AI Urgency', outcome: 'found', name: 'cf_ai_urgency' },
        { role: 'cf_ai_confidence', target: 'ticket', label: 'AI Confidence', outcome: 'skipped', reason: 'x' },
      ],
      simpli: [
        { service: 'triage', status: 'ok', host: 't' },
        { service: 'reply', status: 'failing', host: 'r', reason: 'x' },
        { service: 'qa', status: 'off' },
      ],
      schedule: { state: 'created', name: 'simpli-sweep' },
      requests: 6,
    });
    expect(line).toBe('install: Freshdesk verified; fields created 1, found 1, skipped 1; Simpli triage ok, reply failing, qa off; schedule created; 6 requests');
  });
});
