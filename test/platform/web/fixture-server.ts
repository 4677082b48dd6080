/** A platform web server over a fresh fixture app, made before a test file's tests and closed after them. */
import { createPlatformWebServer, type PlatformWebServer } from '../../../devkit/platform/web';
import { createFakeFrontendBackend } from './fake-frontend-backend';
import { createFixtureApp, type FixtureApp } from './fixture-app';

export interface FixtureServer {
  server: PlatformWebServer;
  fixture: FixtureApp;
}

/** Filled in beforeAll: read its fields inside tests only. */
export function fixtureServerForFile(): FixtureServer {
  const web = {} as FixtureServer;
  beforeAll(async () => {
    web.fixture = createFixtureApp();
    web.server = await createPlatformWebServer({ appDir: web.fixture.appDir, backend: createFakeFrontendBackend() });
  });
  afterAll(async () => {
    await web.server?.close();
    web.fixture?.remove();
  });
  return web;
}
