/**
 * devkit/fdk manifest + locations checks (docs/platform.md "Manifest (platform 3.0)", "fdk validate") on temporary
 * copies of the app.
 */
import { cleanApps, editJson, expectError, expectWarning, lines, makeApp, problemsOf, readJson, remove, write, writeServerFor } from './fixture';

afterAll(cleanApps);

const MANIFEST = 'manifest.json';

describe('manifest', () => {
  it('a fresh copy of the app has no problems at all', () => {
    expect(problemsOf(makeApp())).toEqual([]);
  });

  it('requires engines', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => delete m.engines);
    expectError(dir, "must have required property 'engines'", MANIFEST);
  });

  it('requires engines.node and engines.fdk as exact versions', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => (m.engines = { node: '>=20' }));
    expectError(dir, "/engines must have required property 'fdk'");
    expectError(dir, '/engines/node must be an exact version');
  });

  it('requires a module apart from common', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => delete m.modules.support_ticket);
    writeServerFor(dir);
    expectError(dir, 'At least one module apart from common must be mentioned', MANIFEST);
  });

  it('requires platform-version 3.0', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => (m['platform-version'] = '2.3'));
    expectError(dir, 'Invalid platform version mentioned in manifest.json - 2.3');
  });

  it('rejects unknown modules and unknown top-level keys', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => {
      m.modules.support_tickets = {};
      m.name = 'Simpli';
      m['whitelisted-domains'] = ['https://x.example.com'];
    });
    expectError(dir, 'Invalid module(s) mentioned in modules: support_tickets');
    expectError(dir, "must NOT have additional properties 'name' in manifest.json");
    expectError(dir, '"whitelisted-domains" has been deprecated');
  });

  it('rejects empty blocks', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => (m.modules.common.location = {}));
    expectError(dir, '/modules/common/location must NOT have fewer than 1 properties');
  });
});

describe('locations', () => {
  it('rejects a product placeholder under common', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => (m.modules.common.location = m.modules.support_ticket.location));
    expectError(dir, 'Invalid location(s) mentioned in modules: common - ticket_sidebar', MANIFEST);
  });

  it('rejects a placeholder of another module', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => (m.modules.support_ticket.location.contact_sidebar = { url: 'index.html', icon: 'styles/images/icon.svg' }));
    expectError(dir, 'Invalid location(s) mentioned in modules: support_ticket - contact_sidebar');
  });

  it('requires the icon file to exist under app/', () => {
    const dir = makeApp();
    remove(dir, 'app/styles/images/icon.svg');
    expectError(dir, "Icon 'styles/images/icon.svg' mentioned in support_ticket/ticket_sidebar is not found in app folder", MANIFEST);
  });

  it('requires an icon on placeholders that show one', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => delete m.modules.support_ticket.location.ticket_sidebar.icon);
    expectError(dir, 'Icon is either not mentioned or empty in support_ticket/ticket_sidebar');
  });

  it('lets icon-less placeholders omit the icon', () => {
    const dir = makeApp();
    editJson(dir, MANIFEST, (m) => (m.modules.support_ticket.location.ticket_background = { url: 'index.html' }));
    expect(problemsOf(dir)).toEqual([]);
  });

  it('requires the url file to exist under app/', () => {
    const dir = makeApp();
    remove(dir, 'app/index.html');
    expectError(dir, "Template file 'index.html' mentioned in support_ticket/ticket_sidebar is not found in app folder");
  });

  // docs/platform.md "Manifest (platform 3.0)": full_page_app is a common placeholder, with its own page and icon.
  it('takes full_page_app under common only, and wants its page and icon under app/', () => {
    const dir = makeApp();
    expect(readJson(dir, MANIFEST).modules.common.location.full_page_app).toEqual({ url: 'fullpage.html', icon: 'styles/images/icon.svg' });
    expect(problemsOf(dir)).toEqual([]);
    remove(dir, 'app/fullpage.html');
    expectError(dir, "Template file 'fullpage.html' mentioned in common/full_page_app is not found in app folder");
    const moved = makeApp();
    editJson(moved, MANIFEST, (m) => {
      m.modules.support_ticket.location.full_page_app = m.modules.common.location.full_page_app;
      delete m.modules.common.location;
    });
    expectError(moved, 'Invalid location(s) mentioned in modules: support_ticket - full_page_app');
  });

  it('warns when the icon is not 64×64', () => {
    const dir = makeApp();
    write(dir, 'app/styles/images/icon.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"></svg>');
    expectWarning(dir, "Invalid dimension of icon 'styles/images/icon.svg'");
    expect(lines(problemsOf(dir))).toEqual([]);
  });
});
