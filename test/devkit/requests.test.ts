/**
 * Manifest requests ↔ config/requests.json and the template schema rules (docs/platform.md "Manifest (platform 3.0)",
 * "Request templates: schema and options", "Request templates: substitution").
 */
import { cleanApps, editJson, expectError, expectWarning, lines, makeApp, problemsOf, readJson } from './fixture';

afterAll(cleanApps);

const REQUESTS = 'config/requests.json';

/** Edits the schema of the `simpliClassify` template (iparams: simpli_triage_host, secure simpli_api_key). */
function withSchema(edit: (schema: Record<string, any>) => void): string {
  const dir = makeApp();
  editJson(dir, REQUESTS, (r) => edit(r.simpliClassify.schema));
  return dir;
}

describe('declared templates', () => {
  it('rejects a manifest template missing from requests.json', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => (m.modules.common.requests.simpliSummarize = {}));
    expectError(dir, "Request template 'simpliSummarize' is not defined in config/requests.json", 'manifest.json');
  });

  it('warns about a template no module declares', () => {
    const dir = makeApp();
    editJson(dir, 'manifest.json', (m) => delete m.modules.common.requests.simpliKbStale);
    expectWarning(dir, "request template 'simpliKbStale' is declared but not associated with any product");
    expect(lines(problemsOf(dir))).toEqual([]);
  });

  it('allows at most 100 templates', () => {
    const dir = makeApp();
    // Counted from the app's own requests.json, so a template added to the app does not break this test.
    const own = Object.keys(readJson(dir, REQUESTS)).length;
    editJson(dir, REQUESTS, (r) => {
      for (let i = 0; i < 80; i += 1) r[`extra${i}`] = r.simpliClassify;
    });
    editJson(dir, 'manifest.json', (m) => {
      for (let i = 0; i < 80; i += 1) m.modules.common.requests[`extra${i}`] = {};
    });
    expectError(dir, `Too many request templates: ${own + 80} (at most 100)`);
  });
});

describe('template schema', () => {
  it('rejects a body', () => {
    expectError(withSchema((s) => (s.body = '{"a":1}')), "schema must NOT have additional properties 'body' (template 'simpliClassify')", REQUESTS);
  });

  it('rejects a host with a path', () => {
    expectError(withSchema((s) => (s.host = 'triage.simpli.example.com/v1')), 'Request template schema/host must not have path');
    expectError(withSchema((s) => (s.host = 'triage.simpli.example.com/')), 'Request template schema/host must not have path');
  });

  it('rejects a host with a protocol', () => {
    expectError(withSchema((s) => (s.host = 'https://triage.simpli.example.com')), 'Request template schema/host must not have protocol');
    expectError(withSchema((s) => (s.host = 'https://<%= iparam.simpli_triage_host %>')), 'Request template schema/host must not have protocol');
  });

  it('rejects IP addresses, ports and bare names', () => {
    expectError(withSchema((s) => (s.host = '10.0.0.7')), 'must not be an IP address');
    expectError(withSchema((s) => (s.host = 'triage.example.com:8443')), 'must not have port');
    expectError(withSchema((s) => (s.host = 'localhost')), 'must be a fully qualified domain name');
  });

  it('accepts substitutions inside the host', () => {
    expect(problemsOf(withSchema((s) => (s.host = '<%= iparam.simpli_triage_host %>')))).toEqual([]);
    expect(problemsOf(withSchema((s) => (s.host = 'api.<%= iparam.simpli_triage_host %>')))).toEqual([]);
  });

  it('requires the path to start with /', () => {
    expectError(withSchema((s) => (s.path = 'classify')), "Request template schema/path must start with '/'");
  });

  it('requires a known method and a host', () => {
    expectError(withSchema((s) => (s.method = 'FETCH')), 'schema/method must be equal to one of the allowed values');
    expectError(withSchema((s) => delete s.host), "schema must have required property 'host'");
  });

  it('checks options', () => {
    const dir = makeApp();
    editJson(dir, REQUESTS, (r) => (r.simpliClassify.options = { maxAttempts: 9, retryDelay: 5000, timeout: 30 }));
    expectError(dir, 'options/maxAttempts must be an integer from 1 to 5');
    expectError(dir, 'options/retryDelay must be an integer from 0 to 1500');
    expectError(dir, "options must NOT have additional properties 'timeout'");
  });
});

describe('iparam substitution', () => {
  /** The same edit on an app whose config/iparams.json declares the keys (and which are secure). */
  function withJsonSchema(edit: (schema: Record<string, any>) => void): string {
    const dir = makeApp('fixture-app', 'json');
    editJson(dir, REQUESTS, (r) => edit(r.simpliClassify.schema));
    return dir;
  }

  it('rejects a secure iparam in the path, host or query', () => {
    const withSchema = withJsonSchema;
    expectError(withSchema((s) => (s.path = '/classify/<%= iparam.simpli_api_key %>')),
      "Invalid iparam substitution: secure iparam 'simpli_api_key' is used in schema/path of request template 'simpliClassify'");
    expectError(withSchema((s) => (s.host = '<%= iparam.simpli_api_key %>.example.com')), "secure iparam 'simpli_api_key' is used in schema/host");
    expectError(withSchema((s) => (s.query = { key: '<%= iparam["simpli_api_key"] %>' })), "secure iparam 'simpli_api_key' is used in schema/query/key");
  });

  it('allows a secure iparam in headers (the real templates do)', () => {
    expect(problemsOf(makeApp())).toEqual([]);
    expect(problemsOf(makeApp('fixture-app', 'json'))).toEqual([]);
  });

  it('with iparams.html, warns about a credential-like iparam outside headers (secure keys are known only at run time)', () => {
    const dir = withSchema((s) => (s.query = { k: '<%= iparam.simpli_api_key %>' }));
    expectWarning(dir, "iparam 'simpli_api_key' looks like a secure param and is used in schema/query/k of request template 'simpliClassify'");
    expect(lines(problemsOf(dir))).toEqual([]);
  });

  it('rejects iparams config/iparams.json does not define, and {{ }} placeholders', () => {
    expectError(withJsonSchema((s) => (s.path = '/x/<%= iparam.tenant %>')), "iparam 'tenant' used in schema/path of request template 'simpliClassify' is not defined in config/iparams.json");
    expectError(withSchema((s) => (s.path = '/x/{{iparam.tenant}}')), 'Invalid substitution in schema/path');
  });
});
