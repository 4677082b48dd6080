/**
 * onAppUninstall on the local platform (docs/platform.md, "Installing: app set-up events"): renderData semantics like onAppInstall, and
 * once the uninstall is allowed the platform deletes the installation's `$db` data (docs/platform.md
 * "Key-value store"). Schedules stay as the app left them, so an app that forgets one is seen to.
 */
import { LocalPlatform } from '../../devkit/platform/local-platform';
import { IPARAMS, loggedJson, probePlatform } from './helpers';

const inSixMinutes = (now: number) => new Date(now + 6 * 60_000).toISOString();

describe('uninstall()', () => {
  it('runs onAppUninstall with a millisecond timestamp, then deletes the $db data; schedules are left as they are', async () => {
    const { platform, clock } = probePlatform();
    await platform.db.set('kept-until-uninstall', { a: 1 });
    await platform.schedule.create({ name: 'left-behind', data: {}, schedule_at: inSixMinutes(clock.now()) });
    const run = await platform.uninstall();
    expect(run).toMatchObject({ ok: true, event: 'onAppUninstall', handler: 'onAppUninstallHandler' });
    expect(loggedJson(run)).toEqual({ event: 'onAppUninstall', timestamp: clock.now() });
    expect(platform.db.keys()).toEqual([]);
    expect(platform.schedule.list().map((s) => s.name)).toEqual(['left-behind']);
  });

  it('renderData({ message }) refuses the uninstall: the data stays', async () => {
    const { platform } = probePlatform({ iparams: { ...IPARAMS, probe_block_uninstall: true } });
    await platform.db.set('kept', { a: 1 });
    const run = await platform.uninstall();
    expect(run).toMatchObject({ ok: false, failure: 'blocked', error: { message: 'Uninstall blocked by the probe' } });
    expect(platform.db.keys()).toEqual(['kept']);
  });

  it('the real server.js deletes its schedules and never refuses, even with no host reachable', async () => {
    const platform = LocalPlatform.create({ iparams: IPARAMS, hosts: {} });
    expect((await platform.fireEvent('onAppInstall')).ok).toBe(true);
    expect(platform.schedule.list().map((s) => s.name)).toEqual(['simpli-sweep']);
    const run = await platform.uninstall();
    expect(run).toMatchObject({ ok: true, renderData: { error: undefined, data: undefined } });
    expect(platform.schedule.list()).toEqual([]);
  });
});
