/**
 * npm start's settings page (devkit/simulator/start-stack.ts): linked from the simulator, served at /custom_configs
 * like `fdk run`; saving stores the settings, installs again, persists them for the next start, and Reset demo
 * goes back to the demo's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEMO_SIMPLI_API_KEY, demoIparams } from '../../devkit/demo';
import { removeDir, startTestStack } from './simulator/helpers';

/** What the settings page's postConfigs() returns after the admin changed the draft style (keys left blank). */
function edited(): Record<string, unknown> {
  const { simpli_api_key: _s, freshdesk_api_key: _f, ...rest } = demoIparams();
  return { ...rest, draft_style: 'concise' };
}

it('links the settings page, stores what it posts, installs again, and keeps it across a restart until Reset demo', async () => {
  const first = await startTestStack();
  try {
    const o = await first.overview();
    expect(o.settingsUrl).toBe(`${first.stack.web.url}/custom_configs`);
    expect((await fetch(o.settingsUrl)).status).toBe(200);
    expect(await (await fetch(`${o.settingsUrl}/form`)).text()).toContain('function postConfigs()');
    const fetched = (await (await fetch(`${o.settingsUrl}/fetch`)).json()) as { customIParams: Record<string, unknown> };
    expect(fetched.customIParams).toMatchObject({ draft_style: 'friendly', __meta: { secure: ['simpli_api_key', 'freshdesk_api_key'] } });
    expect(JSON.stringify(fetched)).not.toContain(DEMO_SIMPLI_API_KEY);

    const installsBefore = first.stack.platform().runs().filter((r) => r.event === 'onAppInstall').length;
    const stored = await fetch(`${o.settingsUrl}/store`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(edited()) });
    expect(stored.status).toBe(200);
    const installs = first.stack.platform().runs().filter((r) => r.event === 'onAppInstall');
    expect(installs).toHaveLength(installsBefore + 1);
    expect(first.stack.install()).toBe(installs.at(-1));
    expect(first.stack.platform().storedConfig()).toMatchObject({ draft_style: 'concise', simpli_api_key: DEMO_SIMPLI_API_KEY });
    expect(JSON.parse(readFileSync(first.stack.files.settings, 'utf8'))).toEqual(first.stack.platform().storedConfig());
  } finally {
    await first.close();
  }

  const second = await startTestStack({ stateDir: first.stateDir });
  try {
    expect(second.stack.platform().storedConfig()).toMatchObject({ draft_style: 'concise' });
    expect(second.stack.install()).toBeUndefined(); // installed before: not again on start
    const reset = await second.post('/sim/api/reset');
    expect(reset.status).toBe(200);
    expect(existsSync(second.stack.files.settings)).toBe(false);
    expect(second.stack.platform().storedConfig()).toEqual(demoIparams());
  } finally {
    await second.close();
    removeDir(first.stateDir);
  }
});
