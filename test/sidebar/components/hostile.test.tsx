/** AI and customer text is rendered as text: markup in any string stays characters on the screen. */
import { Sidebar } from '../../../app/src/components/Sidebar';
import { PortProvider, useSidebar } from '../../../app/src/hooks/use-sidebar';
import { FakePort } from '../support/fake-port';
import { NOW, qaScored, record, sentiment, ticket, triage } from '../support/fixtures';
import { cleanup, render, textOf } from '../support/render';

afterEach(cleanup);

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

it('renders hostile strings from every source as text, and builds no elements from them', async () => {
  const port = new FakePort({
    ticket: ticket({ status: 4 }),
    contact: { name: `Sam ${XSS}` },
    record: record({
      triage: triage({
        classification: { category: `billing${XSS}`, urgency: '<b>high</b>', confidence: 0.9 },
        routing: { team: '<svg onload=alert(1)>', agent: '<i>x</i>', reason: XSS },
        decisions: [{ field: 'type', suggested: XSS, applied: false, reason: 'invalid_for_account' }],
        draft: { id: 'd', text: `Hello ${XSS}`, confidence: 0.5, language: '<script>', style: '<b>' },
      }),
      sentiment: sentiment({ result: { score: -0.5, label: '<u>negative</u>', escalationRisk: 0.5, triggers: [XSS, '{{ticket.subject}}'] } }),
      qa: qaScored({ evaluation: { overall: 0.5, dimensions: { [XSS]: 0.5 }, coachingNotes: [XSS] } }),
    }),
  });
  const { container } = await render(<PortProvider port={port}><Sidebar now={() => NOW} /></PortProvider>);
  const main = container.querySelector('main')!;
  expect(main.querySelectorAll('img, script, svg, b, i, u, iframe').length).toBe(0);
  expect((window as { __xss?: number }).__xss).toBeUndefined();
  const text = textOf(main);
  expect(text).toContain('<img src=x onerror="window.__xss=1">');
  expect(text).toContain('<script>window.__xss=2</script>');
  expect(text).toContain('{{ticket.subject}}');
  expect(text).toContain(`“${XSS}” is not a type this helpdesk offers.`);
});

it('keeps Unicode intact: emoji, ZWJ sequences, flags, combining marks', async () => {
  const words = 'Grüße aus Wien 🇦🇹, Zoë — 👨‍👩‍👧 接続エラー';
  const port = new FakePort({ record: record({ triage: triage({ draft: { id: 'd', text: words, confidence: 0.5 } }) }) });
  const { container } = await render(<PortProvider port={port}><Sidebar now={() => NOW} /></PortProvider>);
  expect(container.querySelector('.sb-draft')?.textContent).toBe(words);
});

it('useSidebar outside a provider throws instead of handing out nothing', async () => {
  function Orphan() {
    useSidebar();
    return null;
  }
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await expect(render(<Orphan />)).rejects.toThrow('useSidebar must be used within a ClientProvider');
  spy.mockRestore();
});
