/**
 * The secret_leaks scanner finds a planted demo key in every kind of place it looks — front-end file, zip entry,
 * log line — and in both Base64 forms a Basic header carries, so the bench's 0 means "none found", not "not
 * looked for".
 */
import { overBudget } from '../../devkit/bench/budgets';
import { frontEndPlaces, packedPlaces, secretFigures, type SecretMeasure } from '../../devkit/bench/measure-secrets';
import { base64Needle, DEMO_SECRETS, jsonPlace, needlesFor, scanPlaces, zipPlaces } from '../../devkit/bench/secret-scan';
import { DEMO_ADMIN_API_KEY, DEMO_SIMPLI_API_KEY, FRESH_AGENT_API_KEY } from '../../devkit/demo';
import { buildZip } from '../../devkit/fdk/pack/zip';
import { cleanApps, makeApp, write, writeServerWith } from './fixture';

afterAll(cleanApps);

const NEEDLES = needlesFor(DEMO_SECRETS);
const encode = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const found = (text: string, place = 'p') => scanPlaces([{ place, text }], NEEDLES);

describe('the scanner', () => {
  it('looks for every demo key in three forms', () => {
    expect(DEMO_SECRETS.map((s) => s.name)).toEqual(['DEMO_SIMPLI_API_KEY', 'DEMO_ADMIN_API_KEY', 'DEMO_AGENT_API_KEY', 'FRESH_ADMIN_API_KEY', 'FRESH_AGENT_API_KEY']);
    expect(NEEDLES).toHaveLength(15);
  });

  it('finds a key written into a front-end bundle', () => {
    const bundle = `(()=>{var a=1;const k="${DEMO_SIMPLI_API_KEY}";fetch(u,{headers:{"X-API-Key":k}})})();`;
    expect(found(bundle, 'app/scripts/sidebar.js')).toEqual([{ place: 'app/scripts/sidebar.js', secret: 'DEMO_SIMPLI_API_KEY', form: 'plain' }]);
  });

  it('finds a key in a log line', () => {
    expect(found(`[error] [simpli] install: Freshdesk refused key ${FRESH_AGENT_API_KEY} (401)`)).toEqual([
      { place: 'p', secret: 'FRESH_AGENT_API_KEY', form: 'plain' },
    ]);
  });

  it("finds both Base64 forms a Basic header carries, inside longer text", () => {
    expect(found(`Authorization: Basic ${encode(DEMO_ADMIN_API_KEY)}`)).toEqual([{ place: 'p', secret: 'DEMO_ADMIN_API_KEY', form: 'base64(key)' }]);
    expect(found(`{"auth":"Basic ${encode(`${DEMO_ADMIN_API_KEY}:X`)}","x":1}`)).toContainEqual({ place: 'p', secret: 'DEMO_ADMIN_API_KEY', form: "base64(key + ':X')" });
    // The needle stops before the character that also encodes what follows the key.
    expect(encode(`${DEMO_ADMIN_API_KEY}:X`).startsWith(base64Needle(DEMO_ADMIN_API_KEY))).toBe(true);
  });

  it('counts a place once per key and form, and nothing in clean text', () => {
    expect(found(`${DEMO_SIMPLI_API_KEY} and again ${DEMO_SIMPLI_API_KEY}`)).toHaveLength(1);
    expect(scanPlaces([jsonPlace('$db ticket:1', { note: 'Simpli QA score: 63%', key: 'not-a-demo-key' })], NEEDLES)).toEqual([]);
  });

  it('finds a key in a zip entry, compressed or stored', () => {
    const zip = buildZip([
      { path: 'app/scripts/app.js', data: Buffer.from(`var k = "${DEMO_SIMPLI_API_KEY}";`.repeat(50)) },
      { path: 'app/styles/images/logo.png', data: Buffer.from(`\x89PNG${DEMO_ADMIN_API_KEY}`, 'latin1') },
      { path: 'README.md', data: Buffer.from('# clean') },
    ]);
    expect(scanPlaces(zipPlaces(zip, 'zip'), NEEDLES)).toEqual([
      { place: 'zip:./app/scripts/app.js', secret: 'DEMO_SIMPLI_API_KEY', form: 'plain' },
      { place: 'zip:./app/styles/images/logo.png', secret: 'DEMO_ADMIN_API_KEY', form: 'plain' },
    ]);
  });
});

describe('the places it gathers', () => {
  it('reads every shipped front-end file, config/assets and config/iparams.html', () => {
    const dir = makeApp();
    write(dir, 'app/scripts/extra.js', `const auth = "Basic ${encode(`${DEMO_ADMIN_API_KEY}:X`)}";`);
    write(dir, 'config/assets/iparams.js', `const key = "${DEMO_SIMPLI_API_KEY}";`);
    write(dir, 'config/iparams.html', `<input value="${FRESH_AGENT_API_KEY}">`);
    const leaks = scanPlaces(frontEndPlaces(dir), NEEDLES).map((f) => `${f.place} ${f.secret} ${f.form}`);
    expect(leaks).toEqual([
      // encode(key + ':X') begins with encode(key)'s needle, so both forms are reported there.
      'app/scripts/extra.js DEMO_ADMIN_API_KEY base64(key)',
      "app/scripts/extra.js DEMO_ADMIN_API_KEY base64(key + ':X')",
      'config/assets/iparams.js DEMO_SIMPLI_API_KEY plain',
      'config/iparams.html FRESH_AGENT_API_KEY plain',
    ]);
  });

  it('packs the app as npm run pack does and reads every entry of the zip', () => {
    const dir = makeApp();
    writeServerWith(dir, `var leaked = "${DEMO_SIMPLI_API_KEY}";\n`);
    const places = packedPlaces(dir);
    expect(places.map((p) => p.place)).toEqual(expect.arrayContaining(['zip:./server/server.js', 'zip:./manifest.json', 'zip:./app/index.html', 'zip:./digest.md5']));
    expect(scanPlaces(places, NEEDLES)).toEqual([{ place: 'zip:./server/server.js', secret: 'DEMO_SIMPLI_API_KEY', form: 'plain' }]);
  });
});

describe('the secret_leaks figure', () => {
  const measure = (findings: SecretMeasure['findings']): SecretMeasure => ({ findings, scanned: { frontEnd: 1, zip: 1, browser: 1, lifecycle: 1 }, places: [] });

  it('is the number of findings, over budget from the first one', () => {
    expect(secretFigures(measure([]))).toMatchObject([{ name: 'secret_leaks', value: 0, budget: 0 }]);
    const one = secretFigures(measure([{ place: 'zip:./server/server.js', secret: 'DEMO_SIMPLI_API_KEY', form: 'plain' }]));
    expect(overBudget(one).map((f) => f.name)).toEqual(['secret_leaks']);
  });
});
