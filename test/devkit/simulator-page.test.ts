/**
 * The simulator page itself, run in jsdom against a live stack: its script draws the demo tickets from the API,
 * renders every hostile string as text (no element ever comes from data; message bodies only through the
 * allow-list), opens a ticket as Freshdesk's ticket page with the app's sidebar framed beside it, and its buttons
 * act as the agent and the customer. The real browser, with the sidebar in its frame: test/browser/simulator.test.ts.
 */
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from 'jsdom';
import { HOSTILE_TICKET_ID } from '../../devkit/demo';
import { removeDir, startTestStack, type TestStack } from './simulator/helpers';

/** Loads the simulator's own files only: frames (the platform's pages) have their own tests. */
class SameOriginLoader extends ResourceLoader {
  constructor(private readonly origin: string) {
    super();
  }
  override fetch(url: string, options: FetchOptions) {
    if (new URL(url).origin !== this.origin || options.element?.localName === 'iframe') return null;
    return super.fetch(url, options);
  }
}

async function waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

let t: TestStack;
let dom: JSDOM;
const errors: unknown[] = [];
const doc = () => dom.window.document;
const $ = <E extends Element = HTMLElement>(sel: string) => doc().querySelector<E & Element>(sel);

beforeAll(async () => {
  t = await startTestStack();
  const origin = new URL(t.stack.url).origin;
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => errors.push(e));
  dom = await JSDOM.fromURL(`${t.stack.url}#ticket=${HOSTILE_TICKET_ID}`, {
    runScripts: 'dangerously',
    resources: new SameOriginLoader(origin),
    virtualConsole,
    pretendToBeVisual: true,
    // jsdom has no fetch: the page's calls go to the stack over real HTTP through Node's.
    beforeParse(window) {
      Object.assign(window, { fetch: (path: string, init?: RequestInit) => fetch(new URL(path, t.stack.url), init) });
      window.HTMLElement.prototype.scrollIntoView = () => undefined;
    },
  });
});
afterAll(async () => {
  dom.window.close();
  await t.close();
  removeDir(t.stateDir);
});

describe('the simulator page in a browser', () => {
  it('draws the demo tickets, hostile ones as text only', async () => {
    const items = await waitFor(() => {
      const list = doc().querySelectorAll('#ticket-list .ticket-item');
      return list.length >= 28 && list;
    }, 'the ticket list');
    const hostile = [...items].find((i) => i.getAttribute('data-id') === String(HOSTILE_TICKET_ID));
    expect(hostile?.textContent).toContain('Device name <img src=x onerror=alert(1)> breaks the camera list');
    expect(hostile?.textContent).toContain('<svg onload=alert(1)>');
    expect(doc().querySelectorAll('#ticket-list img, #ticket-list svg, #ticket-list script')).toHaveLength(0);
    expect($('#budgets')?.textContent).toContain('Templates');
  });

  it('opens the ticket from the URL: properties, requester, the thread as Freshdesk renders it, the sidebar framed', async () => {
    await waitFor(() => !$('#ticket-view')?.hidden && $('#thread li'), 'the open ticket');
    expect($('#ticket-title')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect($('#ticket-custom')?.textContent).toContain('"><img src=x onerror=alert(2)>');
    expect($('#ticket-ai')?.textContent).toContain('AI Category');
    expect($('#composer-to')?.textContent).toBe('To: Sam Rivera <sam.rivera@example.com>');
    expect($('#agent-name')?.textContent).toBe('Priya Raman');
    // The description's escaped markup reads as typed; its raw markup is gone, not run.
    const description = $('#thread [data-entry="description"] .entry-body');
    expect(description?.textContent).toContain("<script>alert('pwned')</script>");
    expect(description?.querySelectorAll('code').length).toBeGreaterThan(0);
    expect(doc().querySelectorAll('main img, main script, main svg, main iframe:not(#agent-frame)')).toHaveLength(0);
    expect($('#thread [data-entry] a')?.hasAttribute('href')).toBe(false); // <a href="javascript:alert(5)">
    // The stored HTML, as text, on request.
    expect($('#thread [data-entry="description"] .source pre')?.textContent).toContain('<img src="x" onerror=');
    const frame = new URL($<HTMLIFrameElement>('#agent-frame')?.src ?? '');
    expect(`${frame.origin}${frame.pathname}${frame.search.replace(/&embedder=.*/, '')}`).toBe(t.stack.web.hostUrl(HOSTILE_TICKET_ID));
    expect(frame.searchParams.get('embedder')).toBe(new URL(t.stack.url).origin);
  });

  it('marks the worked history as created before the install in the list', async () => {
    const item = await waitFor(() => doc().querySelector('#ticket-list [data-id="1028"]'), 'ticket 1028');
    expect(item.querySelector('[data-arrival="before-install"]')?.textContent).toBe('before install');
    expect(doc().querySelector('#ticket-list [data-id="1001"] [data-arrival="arriving"]')).not.toBeNull(); // delivery is off here
  });

  it('replies and adds a note as the agent from the editor, sends a customer reply and resolves from its buttons', async () => {
    const editor = $('#editor')!;
    editor.append(doc().createTextNode('We reset both device names for you.'));
    $<HTMLButtonElement>('#send-reply')!.click();
    await waitFor(() => /Agent replied on #1011/.test($('#notice')?.textContent ?? ''), 'the agent reply notice');
    await waitFor(() => $('#thread .entry.agent')?.textContent?.includes('We reset both device names for you.'), 'the agent reply in the thread');
    expect(editor.childNodes).toHaveLength(0);

    $<HTMLButtonElement>('#add-note')!.click(); // nothing written: refused on the page, nothing sent
    await waitFor(() => /Write the note first/.test($('#notice')?.textContent ?? ''), 'the empty-note notice');
    editor.append(doc().createTextNode('Asked engineering about the dashboard.'));
    $<HTMLButtonElement>('#add-note')!.click();
    await waitFor(() => $('#thread .entry.note')?.textContent?.includes('Asked engineering'), 'the private note in the thread');
    expect($('#thread .entry.note .verb')?.textContent).toBe('added a private note');
    const last = t.stack.desk.records.conversations.get(HOSTILE_TICKET_ID)?.at(-1);
    expect(last).toMatchObject({ private: true, incoming: false, body_text: 'Asked engineering about the dashboard.' });

    $<HTMLTextAreaElement>('#reply-text')!.value = 'Thanks, that fixed it!';
    $<HTMLFormElement>('#reply-form')!.dispatchEvent(new dom.window.Event('submit', { cancelable: true }));
    await waitFor(() => /Customer replied on #1011/.test($('#notice')?.textContent ?? ''), 'the reply notice');
    await waitFor(() => $('#thread')?.textContent?.includes('Thanks, that fixed it!'), 'the reply in the thread');
    $<HTMLButtonElement>('#resolve')!.click();
    await waitFor(() => /#1011 resolved/.test($('#notice')?.textContent ?? ''), 'the resolve notice');
    expect(t.stack.desk.records.tickets.get(HOSTILE_TICKET_ID)?.status).toBe(4);
    await waitFor(() => $<HTMLButtonElement>('#resolve')?.disabled, 'Resolve disabled once resolved');
    expect(errors).toEqual([]);
  });
});
