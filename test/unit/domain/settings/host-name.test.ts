import { checkHost } from '../../../../devkit/platform/request/url-rules';
import { hostNameProblem } from '../../../../server/domain/settings/host-name';

const EXAMPLE = 'triage.simpli.example.com';
const problem = (v: string) => hostNameProblem(v, EXAMPLE);

describe('hostNameProblem', () => {
  it('accepts bare host names, with surrounding spaces trimmed', () => {
    for (const h of ['triage.simpli.example.com', 'triage.simpli.test', 'a-b.example.io', ' kb.example.com ', 'xn--bcher-kva.example']) {
      expect(problem(h)).toBeUndefined();
    }
  });

  it('names the part to remove: scheme, path, port', () => {
    expect(problem('https://triage.simpli.example.com')).toBe(`Enter the host name only, without “https://”: e.g. ${EXAMPLE}`);
    expect(problem('http://triage.simpli.example.com/')).toMatch(/without “http:\/\/”/);
    expect(problem('triage.simpli.example.com/api')).toBe(`Enter the host name only, without a path: e.g. ${EXAMPLE}`);
    expect(problem('triage.simpli.example.com:8443')).toBe('Leave out the port: the service is reached over HTTPS on its standard port');
  });

  it('refuses IP addresses with the platform’s reason', () => {
    expect(problem('10.0.0.5')).toMatch(/IP address is not allowed.*IP is disallowed/);
    expect(problem('[::1]')).toMatch(/IP address/);
    expect(problem('fe80::1')).toMatch(/IP address/);
  });

  it('refuses what is not a fully qualified name with the platform’s reason', () => {
    expect(problem('localhost')).toMatch(/Not a valid host name.*Must be FQDN/);
    expect(problem('triage.simpli.example.c0m')).toMatch(/Must be FQDN/);
    expect(problem('-bad.example.com')).toMatch(/Must be FQDN/);
    expect(problem('triage simpli.com')).toBe('A host name has no spaces');
    expect(problem('')).toBe(`Enter the host name, e.g. ${EXAMPLE}`);
  });

  it('agrees with the local platform’s host rule on every verdict', () => {
    const cases = ['triage.simpli.test', 'a.b', 'a.bc', 'x.example.com', 'localhost', '10.1.2.3', 'triage.example.123', 'a_b.example.com', 'xn--80ak6aa92e.com', `${'a'.repeat(64)}.com`, 'a..b.com'];
    for (const host of cases) expect([host, problem(host) === undefined]).toEqual([host, checkHost(host) === undefined]);
  });
});
