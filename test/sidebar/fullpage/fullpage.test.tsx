/** The full-page app against a fake port in jsdom: its states, Sync now, hostile text and what an open costs. */
import { FullPage } from '../../../app/src/fullpage/components/FullPage';
import { PageError } from '../../../app/src/fullpage/port';
import { byAction, cleanup, click, render, settle, textOf } from '../support/render';
import { FakeFullPagePort } from './fake-port';
import { escalation, findings, NOW, quality, result, status } from './fixtures';

afterEach(cleanup);

const open = (port: FakeFullPagePort) => render(<FullPage port={port} now={() => NOW} />);
const section = (container: HTMLElement, name: string) => container.querySelector<HTMLElement>(`[data-section="${name}"]`)!;
const stateOf = (container: HTMLElement, name: string) => section(container, name).querySelector('[data-state]')?.getAttribute('data-state') ?? 'ready';
const pending = <T,>() => () => new Promise<T>(() => undefined);

describe('opening the page', () => {
  it('reads the three records once each and the portal address: at most 3 platform operations', async () => {
    const port = new FakeFullPagePort();
    await open(port);
    expect(port.ops()).toBe(3);
    expect([...port.calls].sort()).toEqual(['findings', 'helpdeskUrl', 'quality', 'status']);
  });

  it('shows each section loading until its record arrives', async () => {
    const port = new FakeFullPagePort({ status: pending(), findings: pending(), quality: pending() });
    const { container } = await open(port);
    expect(['sync', 'gaps', 'quality'].map((s) => stateOf(container, s))).toEqual(['loading', 'loading', 'loading']);
    expect(container.querySelector('main')?.getAttribute('data-state')).toBe('loading');
  });

  // The first-render mark is read in chromium (test/browser/fullpage.test.ts): jsdom has no performance.mark.
  it('is ready once every section has its record or its state', async () => {
    let finish: (q: undefined) => void = () => undefined;
    const port = new FakeFullPagePort({ quality: () => new Promise((r) => (finish = r)) });
    const { container } = await open(port);
    expect(container.querySelector('main')?.getAttribute('data-state')).toBe('loading');
    finish(undefined);
    await settle();
    expect(container.querySelector('main')?.getAttribute('data-state')).toBe('ready');
  });

  it('says so when nothing has run yet (no records)', async () => {
    const port = new FakeFullPagePort({ status: undefined, findings: undefined, quality: undefined });
    const { container } = await open(port);
    expect(['sync', 'gaps', 'quality'].map((s) => stateOf(container, s))).toEqual(['empty', 'empty', 'empty']);
    expect(textOf(section(container, 'sync'))).toContain('The sync has not run yet.');
    expect(textOf(section(container, 'gaps'))).toContain('No findings yet');
    // Sync now is there even before the first run.
    expect(byAction(container, 'sync-now').disabled).toBe(false);
  });

  it('shows empty lists as sentences, not blank tables', async () => {
    const port = new FakeFullPagePort({ findings: findings({ gaps: [], stale: [] }), quality: quality({ results: [], escalations: [] }) });
    const { container } = await open(port);
    expect(textOf(section(container, 'gaps'))).toContain('No gaps');
    expect(textOf(section(container, 'gaps'))).toContain('No stale articles.');
    expect(textOf(section(container, 'quality'))).toContain('No QA results yet.');
    expect(textOf(section(container, 'quality'))).toContain('No open escalations.');
    expect(container.querySelectorAll('table').length).toBe(0);
  });

  it('a record that cannot be read fails its own section only', async () => {
    const port = new FakeFullPagePort({ findings: new PageError('invalid', 'The knowledge-base findings record is not readable') });
    const { container } = await open(port);
    expect(['sync', 'gaps', 'quality'].map((s) => stateOf(container, s))).toEqual(['ready', 'error', 'ready']);
    expect(section(container, 'gaps').querySelector('[role="alert"]')?.textContent).toBe('The knowledge-base findings record is not readable');
  });
});

describe('the sections', () => {
  it('Sync: state, last error while failing, next run, this pass and the last pass', async () => {
    const port = new FakeFullPagePort({ status: status({ state: 'failing', lastError: { message: 'Simpli KB answered 503', at: NOW } }) });
    const { container } = await open(port);
    const sync = section(container, 'sync');
    expect(sync.querySelector('[data-crayons="fw-label"]')?.textContent).toBe('Failing');
    expect(sync.querySelector('[data-field="error"]')?.textContent).toBe('Simpli KB answered 503');
    expect(sync.querySelector('[data-field="next-run"]')?.textContent).toBe('in 12 min');
    const count = (pass: string, c: string) => sync.querySelector(`[data-counts="${pass}"] [data-count="${c}"]`)?.textContent;
    expect(['synced', 'changed', 'failed', 'removed'].map((c) => count('this-pass', c))).toEqual(['42', '3', '1', '2']);
    expect(['synced', 'changed', 'failed', 'removed'].map((c) => count('last-pass', c))).toEqual(['40', '40', '0', '0']);
  });

  it('Gaps: topic, count, sample queries, suggested title and a new-article link; stale articles link to the article', async () => {
    const port = new FakeFullPagePort();
    const { container } = await open(port);
    const gaps = section(container, 'gaps');
    const first = gaps.querySelector('[data-gap="0"]')!;
    expect(textOf(first)).toContain('Refund timing');
    expect(textOf(first)).toContain('17');
    expect([...first.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['when do I get my refund', 'refund still missing']);
    expect(textOf(first)).toContain('How long refunds take');
    const create = first.querySelector<HTMLAnchorElement>('a[data-link="new-article"]')!;
    expect([create.href, create.target, create.rel]).toEqual(['https://acme.freshdesk.com/a/solutions/articles/new', '_blank', 'noopener noreferrer']);
    const stale = gaps.querySelector('[data-stale="0"] a')!;
    expect([stale.textContent, stale.getAttribute('href')]).toEqual(['Old pricing', 'https://acme.freshdesk.com/a/solutions/articles/9001']);
    // No id, no link: the title stays, as text.
    expect(gaps.querySelector('[data-stale="1"] a')).toBeNull();
    expect(gaps.querySelector('[data-stale="1"]')?.textContent).toBe('No id article');
  });

  it('without the portal address the links are plain text', async () => {
    const port = new FakeFullPagePort({ helpdeskUrl: undefined });
    const { container } = await open(port);
    expect(container.querySelectorAll('a').length).toBe(0);
    expect(textOf(container)).toContain('Write the article');
  });

  it('Quality: averages per agent and dimension, results newest first, escalations by risk with ticket links', async () => {
    const port = new FakeFullPagePort();
    const { container } = await open(port);
    const q = section(container, 'quality');
    expect(q.querySelector('[data-average="overall"]')?.textContent).toBe('70%');
    const agents = [...q.querySelectorAll('[data-table="by-agent"] tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(agents).toEqual([
      ['Ben', '50%', '1'],
      ['Ana', '80%', '2'],
    ]);
    const dims = [...q.querySelectorAll('[data-table="by-dimension"] tbody tr')].map((tr) => tr.querySelector('td')?.textContent);
    expect(dims).toEqual(['Resolution', 'Empathy']);
    expect([...q.querySelectorAll('[data-result]')].map((tr) => tr.getAttribute('data-result'))).toEqual(['1003', '1002', '1001']);
    const rows = [...q.querySelectorAll('[data-escalation]')];
    expect(rows.map((tr) => tr.getAttribute('data-escalation'))).toEqual(['2003', '2002']);
    expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe('https://acme.freshdesk.com/a/tickets/2003');
    expect(textOf(rows[0]!)).toContain('Fox');
    expect(textOf(rows[0]!)).toContain('90%');
    expect(textOf(rows[0]!)).toContain('refund, lawyer');
  });
});

describe('Sync now', () => {
  it('is busy while the SMI runs, then shows its answer and reads the status again (one more operation)', async () => {
    let finish: (v: { message: string }) => void = () => undefined;
    const port = new FakeFullPagePort({ sync: () => new Promise((r) => (finish = r)) });
    const { container } = await open(port);
    const button = byAction(container, 'sync-now');
    await click(button);
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    await click(button); // a second click while busy runs nothing
    expect(port.calls.filter((c) => c === 'syncNow')).toHaveLength(1);
    port.answers.status = status({ state: 'syncing', counts: { listed: 10, posted: 10, failed: 0, removed: 0 } });
    finish({ message: 'Sync started: pass 4.' });
    await settle();
    expect(button.disabled).toBe(false);
    expect(container.querySelector('[data-sync="done"]')?.textContent).toBe('Sync started: pass 4.');
    expect(section(container, 'sync').querySelector('[data-crayons="fw-label"]')?.textContent).toBe('Syncing');
    expect(port.calls.filter((c) => c === 'status')).toHaveLength(2);
    expect(port.ops()).toBe(5);
  });

  it('shows the error and lets the admin try again', async () => {
    const port = new FakeFullPagePort({ sync: new PageError('rate_limited', 'Sync now failed (HTTP 429)') });
    const { container } = await open(port);
    await click(byAction(container, 'sync-now'));
    expect(container.querySelector('[data-sync="failed"]')?.textContent).toBe('Sync now failed (HTTP 429)');
    expect(byAction(container, 'sync-now').disabled).toBe(false);
    expect(port.calls.filter((c) => c === 'status')).toHaveLength(1);
  });
});

describe('hostile strings', () => {
  const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

  it('every Simpli- or customer-written string stays text', async () => {
    const port = new FakeFullPagePort({
      status: status({ state: 'failing', lastError: { message: `boom ${XSS}`, at: NOW } }),
      findings: findings({
        gaps: [{ topic: XSS, count: 1, sampleQueries: [XSS, '{{ticket.subject}}'], suggestedTitle: `<b>${XSS}</b>` }],
        stale: [{ articleId: 1, title: XSS, reason: '<i>old</i>', since: '<u>now</u>' }],
      }),
      quality: quality({
        results: [result({ agentName: XSS, dimensions: { [XSS]: 0.5 } })],
        escalations: [escalation({ customer: `<svg onload=alert(1)>`, triggers: [XSS] })],
      }),
      sync: { message: `done ${XSS}` },
    });
    const { container } = await open(port);
    await click(byAction(container, 'sync-now'));
    const main = container.querySelector('main')!;
    expect(main.querySelectorAll('img, script, svg, b, i, u, iframe').length).toBe(0);
    expect((window as { __xss?: number }).__xss).toBeUndefined();
    const text = textOf(main);
    expect(text).toContain('<script>window.__xss=2</script>');
    expect(text).toContain('<svg onload=alert(1)>');
    expect(text).toContain('{{ticket.subject}}');
    expect(text).toContain(`done ${XSS}`);
    expect(text).toContain('<i>old</i>');
  });
});
