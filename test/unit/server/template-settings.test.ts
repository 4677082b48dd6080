/** The settings each request template is built from, as the error messages name them (server/fdk/template-settings.ts). */
import requests from '../../../config/requests.json';
import { hostSettingOf, serviceOf, hostSettingKey } from '../../../server/fdk/template-settings';
import type { TemplateName } from '../../../server/fdk/types';

// The installation page's templates take their host from `context` (no settings exist before install).
const names = (Object.keys(requests) as TemplateName[]).filter((n) => !(requests as Record<string, { schema: { host: string } }>)[n]!.schema.host.includes('context.'));

describe('hostSettingOf', () => {
  it('names the iparam each template host is made of, with its installation-page label', () => {
    for (const name of names) {
      const setting = hostSettingOf(name);
      const host = (requests as Record<string, { schema: { host: string } }>)[name]!.schema.host;
      expect([name, host]).toEqual([name, expect.stringContaining(`iparam.${setting.key}`)]);
      expect([name, setting.label]).toEqual([name, expect.stringMatching(serviceOf(name) === 'Freshdesk' ? /^Freshdesk subdomain$/ : /^Simpli [A-Za-z]+ service host$/)]);
    }
  });

  it('tells Simpli from Freshdesk templates', () => {
    expect(serviceOf('simpliClassify')).toBe('Simpli');
    expect(serviceOf('freshdeskListTicketFields')).toBe('Freshdesk');
    expect(hostSettingOf('simpliEvaluateQa').key).toBe('simpli_qa_host');
  });
});

describe('the host-setting rule', () => {
  it('says what config/requests.json says, template by template (the file itself is not bundled)', () => {
    const fromFile = Object.fromEntries(
      Object.entries(requests as Record<string, { schema: { host: string } }>).map(([name, t]) => [name, /iparam\.([a-z0-9_]+)/.exec(t.schema.host)?.[1]]),
    );
    const fromRule = Object.fromEntries(Object.keys(fromFile).map((name) => [name, hostSettingKey(name as TemplateName)]));
    expect(fromRule).toEqual(fromFile);
    expect(Object.values(fromRule).filter((key) => key === undefined)).toHaveLength(5); // the installation page's checks
  });
});
