/**
 * config/iparams.json rules (docs/platform.md "iparams.json rules", FDK 6.9 wording) on temporary copies of the app.
 */
import { cleanApps, editJson, expectError, expectWarning, lines, makeApp, problemsOf, write } from './fixture';

afterAll(cleanApps);

const IPARAMS = 'config/iparams.json';

function withIparam(key: string, def: unknown): string {
  const dir = makeApp('fixture-app', 'json');
  editJson(dir, IPARAMS, (j) => (j[key] = def));
  return dir;
}

describe('iparams.json', () => {
  it('requires display_name and type', () => {
    expectError(withIparam('region', { type: 'text' }), "The mandatory key(s), display_name, missing for the 'region' field.", IPARAMS);
    expectError(withIparam('region', { display_name: 'Region' }), "The mandatory key(s), type, missing for the 'region' field.");
  });

  it('rejects unknown types and attributes', () => {
    expectError(withIparam('region', { display_name: 'Region', type: 'string' }), "Invalid type, string, found in the 'region' field.");
    expectError(withIparam('region', { display_name: 'Region', type: 'text', placeholder: 'eu' }), "Invalid key(s), placeholder, found in the 'region' field.");
  });

  it('allows options only on dropdown/radio/multiselect', () => {
    expectError(withIparam('region', { display_name: 'Region', type: 'text', options: ['eu'] }), "Options must not be specified for text type in the 'region' field.");
  });

  it('requires options and a listed default_value on dropdowns', () => {
    expectError(withIparam('region', { display_name: 'Region', type: 'dropdown', options: ['eu', 'us'] }), "In the 'region' field, specify the default value for the dropdown type.");
    expectError(withIparam('region', { display_name: 'Region', type: 'dropdown', default_value: 'eu' }), "In the 'region' field, specify options for the dropdown type.");
    expectError(withIparam('region', { display_name: 'Region', type: 'radio', options: ['eu', 'us'], default_value: 'apac' }),
      "The default value specified for the 'region' radio type is not listed in the options.");
    expect(problemsOf(withIparam('region', { display_name: 'Region', type: 'multiselect', options: ['eu', 'us'], default_value: ['us'] }))).toEqual([]);
  });

  it('allows regex only on text-like types, each with an -error twin', () => {
    expectError(withIparam('flag', { display_name: 'Flag', type: 'checkbox', regex: { a: '^x$', 'a-error': 'no' } }), 'Regex for checkbox type is not supported.');
    expectError(withIparam('code', { display_name: 'Code', type: 'text', regex: { code: '^[a-z]+$' } }), "In the 'code' field, error message is missing for 'code'.");
    expectError(withIparam('code', { display_name: 'Code', type: 'text', regex: { code: '([a-z', 'code-error': 'x' } }), "Invalid regex entered for 'code' in the 'code' field.");
  });

  it('rejects reserved words as keys', () => {
    expectError(withIparam('type', { display_name: 'Type', type: 'text' }), 'Do not use reserved keywords, type, as keys.');
  });

  it('wants booleans for required/secure and checkbox defaults', () => {
    expectError(withIparam('flag', { display_name: 'Flag', type: 'checkbox', default_value: 'yes' }), "Specify either true or false for the default_value key in the 'flag' field.");
    expectError(withIparam('name', { display_name: 'Name', type: 'text', required: 'yes' }), "Specify either true or false for the required key in the 'name' field.");
  });

  it('warns about credential-like keys that are not secure', () => {
    const dir = withIparam('webhook_token', { display_name: 'Webhook token', type: 'text' });
    expectWarning(dir, "iparam 'webhook_token' appears to be a secure param but it isn't marked as secure.");
    expect(lines(problemsOf(dir))).toEqual([]);
  });

  it('requires change callbacks to exist in config/assets/iparams.js', () => {
    const dir = withIparam('mode', { display_name: 'Mode', type: 'dropdown', options: ['a', 'b'], default_value: 'a', events: [{ change: 'onModeChange' }] });
    expectError(dir, "The onModeChange function does not exist for the 'mode' field.");
    write(dir, 'config/assets/iparams.js', 'function onModeChange(value) { return value; }\n');
    expect(problemsOf(dir)).toEqual([]);
  });
});
