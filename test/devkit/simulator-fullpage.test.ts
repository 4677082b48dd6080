/**
 * npm start shows the full-page app (manifest `common.location.full_page_app`): linked from the simulator, served by
 * the platform's web server like the sidebar, its client reaching the same `$db` the server writes.
 */
import { removeDir, startTestStack } from './simulator/helpers';

it('links app/fullpage.html with the client substituted, its bundle, and the records it reads', async () => {
  const t = await startTestStack();
  try {
    const o = await t.overview();
    expect(o.fullPageUrl).toBe(`${t.stack.web.url}/app/fullpage.html?location=full_page_app`);
    const page = await fetch(o.fullPageUrl!);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain('{{{appclient}}}');
    expect(html).toContain('/fdk/fresh_client.js');
    expect(html).toContain('scripts/fullpage.js');
    for (const asset of ['scripts/fullpage.js', 'styles/fullpage.css']) expect((await fetch(`${t.stack.web.url}/app/${asset}`)).status).toBe(200);
    // What the page's port does on open: $db reads through the platform's dprouter (a record may not exist yet: 404).
    await t.stack.platform().db.set('kb:status', { v: 1, pass: 1, state: 'idle', counts: { listed: 42, posted: 42, failed: 0, removed: 0 } });
    const res = await fetch(`${t.stack.web.url}/dprouter/db/get`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key: 'kb:status' }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { value: { state: string } }).value.state).toBe('idle');
  } finally {
    await t.close();
    removeDir(t.stateDir);
  }
});
