import { parseTeamGroups, readSettings } from '../../../server/contracts/iparams';

describe('readSettings', () => {
  it('turns empty strings into "not set" and trims', () => {
    const s = readSettings({ simpli_triage_host: '  ', freshdesk_subdomain: ' acme ' });
    expect(s.simpli_triage_host).toBeUndefined();
    expect(s.freshdesk_subdomain).toBe('acme');
  });

  it('defaults every feature switch to on and reads stored booleans or their string forms', () => {
    expect(readSettings({}).feature_triage).toBe(true);
    expect(readSettings({ feature_triage: false }).feature_triage).toBe(false);
    expect(readSettings({ feature_qa: 'false' }).feature_qa).toBe(false);
  });

  it('never throws on garbage', () => {
    expect(() => readSettings(null)).not.toThrow();
    expect(() => readSettings('nonsense')).not.toThrow();
  });
});

describe('triage settings', () => {
  it('reads confidence thresholds as percentages, with defaults', () => {
    const s = readSettings({ triage_min_confidence_type: '85' });
    expect(s.triage_min_confidence_type).toBeCloseTo(0.85);
    expect(s.triage_min_confidence_priority).toBeCloseTo(0.6);
    expect(s.triage_min_confidence_group).toBeCloseTo(0.7);
  });

  it('keeps the other settings when one is malformed', () => {
    const s = readSettings({ triage_min_confidence_type: 'lots', feature_qa: false, draft_style: 'shouty' });
    expect(s.triage_min_confidence_type).toBeCloseTo(0.7);
    expect(s.feature_qa).toBe(false);
    expect(s.draft_style).toBe('friendly');
  });
});

describe('parseTeamGroups', () => {
  it('reads "team = group" lines and ignores the rest', () => {
    expect(parseTeamGroups('tech = Technical Support\nnonsense\n billing=2001 \n= x')).toEqual({ tech: 'Technical Support', billing: '2001' });
    expect(parseTeamGroups(undefined)).toEqual({});
  });
});
