/**
 * `npm run validate` on config/entities.json (entity storage, entity_storage_doc.md): entity and field limits,
 * names, types and attributes, on temporary copies of the app. The same rules stop the local platform from
 * starting (test/platform/entity-store.test.ts).
 */
import { cleanApps, expectError, lines, makeApp, problemsOf, write } from './fixture';

afterAll(cleanApps);

const FILE = 'config/entities.json';

function withEntities(definition: unknown): string {
  const dir = makeApp();
  write(dir, FILE, typeof definition === 'string' ? definition : JSON.stringify(definition));
  return dir;
}

const field = (name: string, type = 'text', extra: Record<string, unknown> = {}) => ({ name, label: name.toUpperCase(), type, ...extra });
const entity = (...fields: unknown[]) => ({ fields });
const fields = (n: number) => Array.from({ length: n }, (_, i) => field(`f${i + 1}`));

describe('config/entities.json', () => {
  it('is optional: an app without it has no entity problems', () => {
    expect(lines(problemsOf(makeApp())).filter((l) => l.startsWith(FILE))).toEqual([]);
  });

  it('accepts every documented field type, a section with a sub-section, filterable and required flags', () => {
    const dir = withEntities({
      restaurants: entity(
        field('restaurant_name', 'text', { required: true }),
        field('short_code', 'text', { filterable: true, required: true }),
        field('rating', 'float', { filterable: true }),
        field('seats', 'integer'),
        field('opened', 'date'),
        field('updated', 'datetime', { filterable: true }),
        field('open_now', 'boolean', { filterable: true }),
        field('description', 'paragraph'),
        field('status', 'enum', { filterable: true, choices: [{ id: 1, value: 'Pending' }, { id: 2, value: 'Cataloged' }] }),
        field('location', 'section', { fields: [field('loc_zipcode', 'text', { filterable: true }), field('geo', 'section', { fields: [field('lat', 'float')] })] }),
      ),
    });
    expect(problemsOf(dir)).toEqual([]);
  });

  it('must parse and be an object of entities, at least one and at most five', () => {
    expectError(withEntities('{ "a": '), 'Invalid JSON in config/entities.json', FILE);
    expectError(withEntities([]), 'config/entities.json must be an object of entity name → definition', FILE);
    expectError(withEntities({}), 'Define at least one entity', FILE);
    const five = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((n) => [n, entity(field('x'))]));
    expect(problemsOf(withEntities(five))).toEqual([]);
    expectError(withEntities({ ...five, f: entity(field('x')) }), 'An app can define at most 5 entities; found 6', FILE);
  });

  it('allows 20 fields an entity; sections and their fields count', () => {
    expect(problemsOf(withEntities({ jobs: entity(...fields(20)) }))).toEqual([]);
    expectError(withEntities({ jobs: entity(...fields(21)) }), "Entity 'jobs': at most 20 fields (sections and their fields count); found 21");
    expectError(
      withEntities({ jobs: entity(...fields(18), field('box', 'section', { fields: [field('inner1'), field('inner2')] })) }),
      "Entity 'jobs': at most 20 fields (sections and their fields count); found 21",
    );
  });

  it('checks entity and field names: a letter first, then letters, digits, underscores; unique in an entity', () => {
    expectError(withEntities({ '1jobs': entity(field('x')) }), "Entity '1jobs': the name must start with a letter");
    expectError(withEntities({ 'ticket-jobs': entity(field('x')) }), "Entity 'ticket-jobs': the name must start with a letter");
    expectError(withEntities({ jobs: entity(field('due date')) }), `Entity 'jobs', field 'due date': "name" must start with a letter`);
    expectError(
      withEntities({ jobs: entity(field('x'), field('box', 'section', { fields: [field('x')] })) }),
      "Entity 'jobs': the field name 'x' is used more than once",
    );
  });

  it('needs "fields" and nothing else on an entity, and name, label and a known type on a field', () => {
    expectError(withEntities({ jobs: {} }), `Entity 'jobs': "fields" must be a non-empty array`);
    expectError(withEntities({ jobs: { fields: [field('x')], indexes: [] } }), "Entity 'jobs': unknown key(s) indexes");
    expectError(withEntities({ jobs: entity({ name: 'x', type: 'text' }) }), `Entity 'jobs', field 'x': "label" must be a non-empty string`);
    expectError(withEntities({ jobs: entity(field('x', 'string')) }), `"type" must be one of text, paragraph, integer, float, datetime, boolean, date, enum, section`);
    expectError(withEntities({ jobs: entity(field('x', 'text', { max: 10 })) }), `Entity 'jobs', field 'x': unknown key(s) max`);
    expectError(withEntities({ jobs: entity(field('x', 'text', { filterable: 'yes' })) }), `"filterable" must be true or false`);
    expectError(withEntities({ jobs: entity(field('x', 'text', { required: 1 })) }), `"required" must be true or false`);
    expectError(withEntities({ jobs: entity('x') }), "Entity 'jobs', field #1: must be an object");
  });

  it('enum needs unique { id, value } choices; choices and fields belong to enum and section only', () => {
    expectError(withEntities({ jobs: entity(field('state', 'enum')) }), `an enum needs a non-empty "choices" array`);
    expectError(withEntities({ jobs: entity(field('state', 'enum', { choices: ['queued'] })) }), 'every choice must be { "id": <positive integer>, "value": "<non-empty text>" }');
    expectError(
      withEntities({ jobs: entity(field('state', 'enum', { choices: [{ id: 1, value: 'a' }, { id: 1, value: 'b' }] })) }),
      'choice ids and values must be unique',
    );
    expectError(withEntities({ jobs: entity(field('x', 'text', { choices: [{ id: 1, value: 'a' }] })) }), `"choices" belongs to enum fields only`);
    expectError(withEntities({ jobs: entity(field('x', 'text', { fields: [field('y')] })) }), `"fields" belongs to section fields only`);
  });

  it('a section groups fields and is never required or filterable; a paragraph is not filterable', () => {
    expectError(withEntities({ jobs: entity(field('box', 'section')) }), `a section needs a non-empty "fields" array`);
    expectError(withEntities({ jobs: entity(field('box', 'section', { required: true, fields: [field('y')] })) }), 'a section cannot be required');
    expectError(withEntities({ jobs: entity(field('box', 'section', { filterable: true, fields: [field('y')] })) }), 'a section cannot be filterable');
    expectError(withEntities({ jobs: entity(field('note', 'paragraph', { filterable: true })) }), 'a paragraph cannot be filterable');
    expectError(withEntities({ jobs: entity(field('box', 'section', { fields: [field('bad name')] })) }), `Entity 'jobs', field 'box', field 'bad name'`);
  });
});
