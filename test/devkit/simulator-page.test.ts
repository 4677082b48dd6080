/**
 * The simulator page itself, run in jsdom against a live stack: its script draws the demo tickets from the API,
 * renders every hostile string as text (no element ever comes from data), opens a ticket with the platform's
 * ticket page framed beside it, and its buttons drive the actions.
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

  it('opens the ticket from the URL: fields, requester, conversation as text, the agent view framed', async () => {
    await waitFor(() => !$('#ticket-view')?.hidden && $('#conversation li'), 'the open ticket');
    expect($('#ticket-title')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect($('#ticket-custom')?.textContent).toContain('"><img src=x onerror=alert(2)>');
    expect($('#conversation')?.textContent).toContain("<script>alert('pwned')</script>");
    expect(doc().querySelectorAll('main img, main script, main svg')).toHaveLength(0);
    // Stored HTML only in a sandboxed frame, made when the reader opens it.
    const details = $<HTMLDetailsElement>('#conversation details');
    expect(details?.querySelector('iframe')).toBeNull();
    details!.open = true;
    details!.dispatchEvent(new dom.window.Event('toggle'));
    const frame = details!.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect($<HTMLIFrameElement>('#agent-frame')?.src).toBe(t.stack.web.hostUrl(HOSTILE_TICKET_ID));
  });

  it('sends a customer reply and resolves from its buttons', async () => {
    $<HTMLTextAreaElement>('#reply-text')!.value = 'Thanks, that fixed it!';
    $<HTMLFormElement>('#reply-form')!.dispatchEvent(new dom.window.Event('submit', { cancelable: true }));
    await waitFor(() => /Customer replied on #1011/.test($('#notice')?.textContent ?? ''), 'the reply notice');
    await waitFor(() => $('#conversation')?.textContent?.includes('Thanks, that fixed it!'), 'the reply in the conversation');
    $<HTMLButtonElement>('#resolve')!.click();
    await waitFor(() => /#1011 resolved/.test($('#notice')?.textContent ?? ''), 'the resolve notice');
    expect((t.stack.desk.records.tickets.get(HOSTILE_TICKET_ID))?.status).toBe(4);
    expect(errors).toEqual([]);
  });
});
