/** What each check's outcome means (app/src/settings/model/verdicts.ts). */
import { freshdeskAccepted, freshdeskVerdict, healthVerdict, simpliKeyVerdict } from '../../../app/src/settings/model/verdicts';
import { app, ok, platform } from './fake-install-port';

describe('healthVerdict', () => {
  it('tells a healthy service, an unreachable one, and something that is not Simpli', () => {
    expect(healthVerdict('QA', 'qa.example.com', ok({ status: 'ok' }))).toEqual({ status: 'ok', message: 'Simpli QA answers at qa.example.com' });
    expect(healthVerdict('QA', 'qa.example.com', platform(502, 'Error in establishing connection'))).toEqual({ status: 'problem', message: 'Simpli QA could not be reached at qa.example.com' });
    expect(healthVerdict('QA', 'qa.example.com', platform(504, 'Timeout error while processing the request')).message).toBe('Simpli QA did not answer in time at qa.example.com');
    expect(healthVerdict('QA', 'www.example.com', ok('<html>'))).toEqual({ status: 'problem', message: 'www.example.com answers, but not as a Simpli service (GET /health gave 200 without {"status":"ok"})' });
    expect(healthVerdict('QA', 'www.example.com', app(404)).message).toBe('www.example.com answers, but not as a Simpli service (GET /health gave 404)');
    expect(healthVerdict('QA', 'qa.example.com', app(503)).message).toBe('Simpli QA at qa.example.com is not healthy: /health answered 503');
    expect(healthVerdict('QA', 'q', platform(400, 'Invalid URL - Must be FQDN')).message).toBe('The platform refused the address q: Invalid URL - Must be FQDN');
    expect(healthVerdict('QA', 'q.example.com', platform(429, 'Too many requests')).message).toMatch(/budget is used up/);
  });
});

describe('simpliKeyVerdict', () => {
  it('names a rejected key apart from an unreachable service', () => {
    expect(simpliKeyVerdict('r.example.com', ok({}))).toEqual({ status: 'ok', message: 'Simpli accepted the API key' });
    expect(simpliKeyVerdict('r.example.com', app(401))).toEqual({ status: 'problem', message: 'Simpli rejected the API key (401 from Simpli Reply)' });
    expect(simpliKeyVerdict('r.example.com', platform(502, 'x')).message).toBe('Could not check the Simpli API key: Simpli Reply could not be reached at r.example.com');
  });
});

describe('freshdeskVerdict', () => {
  it('tells a wrong key, a key without access, an unknown subdomain', () => {
    expect(freshdeskAccepted('acme', 3)).toEqual({ status: 'ok', message: 'Freshdesk accepted the API key at acme.freshdesk.com (3 groups)' });
    expect(freshdeskAccepted('acme', 1).message).toBe('Freshdesk accepted the API key at acme.freshdesk.com (1 group)');
    expect(freshdeskVerdict('acme', app(401)).message).toBe('Freshdesk rejected the API key (401 at acme.freshdesk.com)');
    expect(freshdeskVerdict('acme', app(403)).message).toMatch(/refused to list groups \(403\): use an admin’s API key/);
    expect(freshdeskVerdict('acmee', app(404)).message).toBe('No Freshdesk account answers at acmee.freshdesk.com: check the subdomain');
    expect(freshdeskVerdict('acmee', platform(502, 'Error in establishing connection')).message).toBe('acmee.freshdesk.com could not be reached: check the Freshdesk subdomain');
  });
});
