/**
 * interface.trigger and instance.* over the dprouter (docs/platform.md "Front end: the interface method and events",
 * "Front end: bootstrapping and the frame"), and the interface log a test reads to prove what the page asked the host
 * to do.
 */
import { ManualClock } from '../../../devkit/platform/clock';
import { createPlatformWebServer, type InterfaceLogEntry, type PlatformWebServer } from '../../../devkit/platform/web';
import { createFakeFrontendBackend } from './fake-frontend-backend';
import { createFixtureApp, type FixtureApp } from './fixture-app';
import { dprouter, rawRequest } from './http-helpers';

let fixture: FixtureApp;
let server: PlatformWebServer;
const clock = new ManualClock();

beforeAll(async () => {
  fixture = createFixtureApp();
  server = await createPlatformWebServer({ appDir: fixture.appDir, backend: createFakeFrontendBackend(), clock });
});
afterAll(async () => {
  await server.close();
  fixture.remove();
});
beforeEach(() => {
  server.clearInterfaceLog();
  server.setConfirmChoice('save');
});

const trigger = (action: unknown, options: unknown, ticket = 42) => dprouter(server.url, 'interface', { action, options, ticket });
const instance = (method: string, options?: unknown, ticket = 42) => dprouter(server.url, 'instance', { method, options, ticket });

describe('setValue on the editor', () => {
  it('inserts the draft into the ticket editor and records the call', async () => {
    const r = await trigger('setValue', { id: 'editor', text: '<p>Hi Ada,</p>' });
    expect(r.status).toBe(200);
    expect(r.body.value).toEqual({ success: true });
    expect(server.editorText(42)).toBe('<p>Hi Ada,</p>');
    expect(server.interfaceLog()).toEqual([
      {
        seq: 1,
        at: clock.now(),
        ticketId: 42,
        method: 'interface.trigger',
        action: 'setValue',
        options: { id: 'editor', text: '<p>Hi Ada,</p>' },
        outcome: 'resolved',
        result: { success: true },
      },
    ]);
  });

  it('appends by default, prepends at position "start", replaces with replace: true, per ticket', async () => {
    await trigger('setValue', { id: 'editor', text: 'B' });
    await trigger('setValue', { id: 'editor', text: 'C', position: 'end' });
    await trigger('setValue', { id: 'editor', text: 'A', position: 'start' });
    expect(server.editorText(42)).toBe('ABC');
    await trigger('setValue', { id: 'editor', text: 'fresh', replace: true });
    expect(server.editorText(42)).toBe('fresh');
    expect(server.editorText(7)).toBe('');
    const res = await fetch(`${server.url}/devkit/editor?ticket=42`);
    expect(await res.json()).toEqual({ text: 'fresh' });
  });

  it.each([
    [{ id: 'editor', value: 'old key' }, 'options.text, not options.value'],
    [{ id: 'editor' }, 'options.text must be a string'],
    [{ id: 'editor', text: 'x', position: 'middle' }, 'position'],
    [{ id: 'editor', text: 'x', replace: 'yes' }, 'replace'],
    [{ text: 'x' }, 'options.id'],
  ])('rejects %j with { status: 400, message } and records the rejection', async (options, message) => {
    const r = await trigger('setValue', options);
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({ status: 400, message: expect.stringContaining(message) });
    expect(server.editorText(42)).toBe('');
    expect(server.interfaceLog()[0]).toMatchObject({ action: 'setValue', outcome: 'rejected', error: { status: 400 } });
  });

  it('setValue on a property field needs a value', async () => {
    expect((await trigger('setValue', { id: 'status', value: 4 })).status).toBe(200);
    expect((await trigger('setValue', { id: 'status' })).status).toBe(400);
  });
});

describe('showNotify and showConfirm', () => {
  it.each(['info', 'success', 'warning', 'danger', 'alert'])('accepts type %s', async (type) => {
    expect((await trigger('showNotify', { type, message: 'Draft inserted', title: 'Simpli' })).body).toEqual({ value: { success: true } });
  });

  it('rejects an unknown type, an empty message or a non-string title', async () => {
    expect((await trigger('showNotify', { type: 'error', message: 'x' })).body.error).toEqual({ status: 400, message: expect.stringContaining('info, success, warning, danger, alert') });
    expect((await trigger('showNotify', { type: 'info', message: '' })).status).toBe(400);
    expect((await trigger('showNotify', { type: 'info', message: 'x', title: 3 })).status).toBe(400);
  });

  it('showConfirm resolves { message: <clicked label> }: Save by default, cancel when configured, custom labels', async () => {
    expect((await trigger('showConfirm', { title: 'Send?', message: 'Send the draft?' })).body.value).toEqual({ message: 'Save' });
    expect((await trigger('showConfirm', { title: 'T', message: 'M', saveLabel: 'Insert' })).body.value).toEqual({ message: 'Insert' });
    server.setConfirmChoice('cancel');
    expect((await trigger('showConfirm', { title: 'T', message: 'M' })).body.value).toEqual({ message: 'Cancel' });
    expect((await trigger('showConfirm', { title: 'T', message: 'M', cancelLabel: 'No' })).body.value).toEqual({ message: 'No' });
    expect((await trigger('showConfirm', { message: 'no title' })).status).toBe(400);
  });
});

describe('other actions', () => {
  it('records element and timer actions', async () => {
    for (const [action, options] of [
      ['hide', { id: 'reply' }],
      ['click', { id: 'openContact' }],
      ['start', undefined],
      ['setOptions', { id: 'noteType', value: ['private'] }],
    ] as const) {
      expect((await trigger(action, options)).status).toBe(200);
    }
    expect(server.interfaceLog().map((e) => e.action)).toEqual(['hide', 'click', 'start', 'setOptions']);
  });

  it('showModal needs a template that exists under app/', async () => {
    expect((await trigger('showModal', { title: 'Details', template: 'views/modal.html' })).status).toBe(200);
    const missing = await trigger('showModal', { title: 'Details', template: 'views/nope.html' });
    expect(missing.status).toBe(404);
    expect((await trigger('showDialog', { title: 'Escape', template: '../config/requests.json' })).status).toBe(404);
  });

  it('rejects unknown actions and non-object options', async () => {
    expect((await trigger('setValu', { id: 'editor', text: 'x' })).body.error).toEqual({ status: 400, message: 'Unknown interface action "setValu"' });
    expect((await trigger('toString', {})).status).toBe(400);
    expect((await trigger('hide', 'reply')).body.error).toEqual({ status: 400, message: 'options must be an object' });
  });
});

describe('instance', () => {
  it.each([
    [{ height: '500px' }, 500],
    [{ height: 320 }, 320],
    [{ height: ' 640 PX ' }, 640],
    [{ height: '700px' }, 700],
    [{ height: '900px' }, 700],
    [{ height: 5000 }, 700],
  ])('resize %j → height %d (capped at 700 px)', async (options, height) => {
    const r = await instance('resize', options);
    expect(r.body).toEqual({ value: { height } });
    expect(server.interfaceLog()[0]).toMatchObject({ method: 'instance.resize', options, result: { height }, outcome: 'resolved' });
  });

  it.each([{ height: '50%' }, { height: 'auto' }, { height: 0 }, { height: -10 }, { height: '' }, {}, undefined])('resize rejects %j', async (options) => {
    const r = await instance('resize', options);
    expect(r.status).toBe(400);
    expect(r.body.error).toEqual({ status: 400, message: expect.stringContaining('height') });
  });

  it('records send and close; rejects unknown methods', async () => {
    expect((await instance('send', { message: { hi: 1 } })).status).toBe(200);
    expect((await instance('send', {})).status).toBe(400);
    expect((await instance('close')).status).toBe(200);
    expect((await instance('explode')).status).toBe(400);
    expect(server.interfaceLog().map((e) => `${e.method}:${e.outcome}`)).toEqual([
      'instance.send:resolved',
      'instance.send:rejected',
      'instance.close:resolved',
      'instance.explode:rejected',
    ]);
  });
});

describe('the interface log over HTTP', () => {
  it('GET lists entries in order with timestamps from the clock; DELETE clears log and editors', async () => {
    await trigger('setValue', { id: 'editor', text: 'one' });
    clock.advance(1000);
    await instance('resize', { height: '900px' }, 7);
    const body = (await (await fetch(`${server.url}/devkit/interface-log`)).json()) as { entries: InterfaceLogEntry[] };
    expect(body.entries.map((e) => [e.seq, e.method, e.ticketId])).toEqual([
      [1, 'interface.trigger', 42],
      [2, 'instance.resize', 7],
    ]);
    expect(body.entries[1]!.at - body.entries[0]!.at).toBe(1000);
    expect((await rawRequest(server.url, '/devkit/interface-log', { method: 'DELETE' })).status).toBe(204);
    expect(server.interfaceLog()).toEqual([]);
    expect(server.editorText(42)).toBe('');
  });

  it('returns copies: mutating what interfaceLog() returned does not change the log', async () => {
    await trigger('showNotify', { type: 'info', message: 'x' });
    const first = server.interfaceLog();
    (first[0]!.options as { message: string }).message = 'changed';
    expect(server.interfaceLog()[0]!.options).toEqual({ type: 'info', message: 'x' });
  });
});
