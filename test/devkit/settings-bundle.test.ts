/**
 * The installation page's build (config/assets/, scripts/build.mjs): the two files config/iparams.html loads, within
 * the sidebar's 250 KB budget, and free of any key (secure values only ever reach request-template headers).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ADMIN_API_KEY, DEMO_AGENT_API_KEY, DEMO_SIMPLI_API_KEY } from '../../devkit/demo';
import { REPO } from './fixture';

const FILES = ['config/assets/iparams.js', 'config/assets/iparams.css'];

it('is at most 250 KB of minified JS and CSS', () => {
  const bytes = FILES.reduce((sum, f) => sum + statSync(join(REPO, f)).size, 0);
  expect(bytes / 1024).toBeLessThanOrEqual(250);
});

it('holds no key and no request template', () => {
  for (const f of FILES) {
    const text = readFileSync(join(REPO, f), 'utf8');
    for (const secret of [DEMO_SIMPLI_API_KEY, DEMO_ADMIN_API_KEY, DEMO_AGENT_API_KEY]) expect([f, text.includes(secret)]).toEqual([f, false]);
    expect(text).not.toContain('<%=');
  }
});

it('is the page the html loads, after the platform client', () => {
  const html = readFileSync(join(REPO, 'config/iparams.html'), 'utf8');
  const order = ['{{{appclient}}}', 'assets/iparams.js', 'function getConfigs', 'function validate', 'function postConfigs'].map((s) => html.indexOf(s));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(html).toContain('href="assets/iparams.css"');
});
