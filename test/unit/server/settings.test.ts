import { readSettings } from '../../../server/contracts/iparams';

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
