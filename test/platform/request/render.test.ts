/**
 * Rendering of `<%= … %>` (docs/platform.md "Request templates: substitution") against our real config and hand-written
 * templates.
 */
import { json, makeApi, oneTemplate, realInstallation, realTemplates, rejection, startServer, type Loopback } from './loopback';

let server: Loopback;
beforeEach(async () => {
  server = await startServer(json(200, { ok: true }));
});
afterEach(() => server.close());

const basic = (s: string) => `Basic ${Buffer.from(s, 'utf8').toString('base64')}`;

describe('real config/requests.json templates', () => {
  it('freshdeskUpdateTicket sends Basic auth of the key alone as the user name to the ticket path with the body', async () => {
    const { api } = makeApi({ hosts: { 'acme.freshdesk.com': server.base } });
    const body = JSON.stringify({ priority: 3 });
    const res = await api.invokeTemplate('freshdeskUpdateTicket', { context: { ticket_id: 42 }, body });

    expect(res).toEqual({ status: 200, headers: expect.objectContaining({ 'content-type': 'application/json' }), response: '{"ok":true}', attempts: 1 });
    const [got] = server.received;
    expect(got?.method).toBe('PUT');
    expect(got?.url).toBe('/api/v2/tickets/42');
    expect(got?.headers['authorization']).toBe(basic('fd-key-123'));
    expect(got?.headers['authorization']).toBe('Basic ZmQta2V5LTEyMw==');
    expect(got?.headers['host']).toBe('acme.freshdesk.com');
    expect(got?.body).toBe(body);
  });

  it('simpliClassify takes its host from a non-secure iparam and the secure API key into a header', async () => {
    const { api } = makeApi({ hosts: { 'triage.simpli.example.com': server.base } });
    await api.invokeTemplate('simpliClassify', { context: { request_id: 'req-1' }, body: '{}' });

    const [got] = server.received;
    expect(got?.url).toBe('/classify');
    expect(got?.headers['x-api-key']).toBe('sk-simpli-secret');
    expect(got?.headers['x-request-id']).toBe('req-1');
    expect(got?.headers['host']).toBe('triage.simpli.example.com');
  });

  it('renders every template of config/requests.json for the server caller', async () => {
    const hosts = Object.fromEntries(
      ['acme.freshdesk.com', 'triage', 'reply', 'sentiment', 'qa', 'kb'].map((h) => [h.includes('.') ? h : `${h}.simpli.example.com`, server.base]),
    );
    const { api } = makeApi({ hosts });
    // …plus what the installation page's checks pass (host and keys as typed, before install).
    const context = {
      ...{ ticket_id: 1, contact_id: 2, customer_id: 3, category_id: 4, folder_id: 5, request_id: 'r' },
      ...{ host: 'reply.simpli.example.com', simpli_api_key: 'typed', freshdesk_subdomain: 'acme', freshdesk_api_key: 'typed', page: 1 },
    };
    for (const name of Object.keys(realTemplates)) {
      await expect(api.invokeTemplate(name, { context })).resolves.toMatchObject({ status: 200 });
    }
    expect(server.received).toHaveLength(Object.keys(realTemplates).length);
    expect(server.received.every((r) => !r.url.includes('undefined'))).toBe(true);
  });
});

describe('expressions', () => {
  const render = async (schema: Record<string, unknown>, context?: Record<string, unknown>, iparams: Record<string, unknown> = {}) => {
    const { api } = makeApi({
      templates: oneTemplate(schema),
      hosts: { 'api.example.com': server.base },
      installation: { iparams: { sub: 'acme', key: 'k', ...iparams }, secureKeys: new Set(['key']) },
    });
    await api.invokeTemplate('t', context ? { context } : {});
    return server.received[server.received.length - 1];
  };

  it('supports string literals in both quotes, + concatenation, brackets and encode()', async () => {
    const got = await render(
      {
        path: "/<%= context['a-b'] + \"-\" + context.list[1] %>",
        headers: { 'X-Enc': "<%= encode('user@example.com' + ':' + iparam.key) %>", 'X-Paren': '<%= (iparam.sub + 1) + 2 %>' },
      },
      { 'a-b': 'x', list: ['p', 'q'] },
    );
    expect(got?.url).toBe('/x-q');
    expect(got?.headers['x-enc']).toBe(Buffer.from('user@example.com:k').toString('base64'));
    expect(got?.headers['x-paren']).toBe('acme12');
  });

  it('follows JavaScript + for numbers and encodes UTF-8', async () => {
    const got = await render({ path: '/<%= context.a + context.b %>', headers: { 'X-E': '<%= encode(context.s) %>' } }, { a: 2, b: 3, s: 'é' });
    expect(got?.url).toBe('/5');
    expect(got?.headers['x-e']).toBe('w6k=');
  });

  it('renders undefined and null as an empty string, like lodash templates', async () => {
    const got = await render({ path: '/a<%= context.missing %>b<%= context.nothing %>c', query: { q: '<%= iparam.absent %>' } }, { nothing: null });
    expect(got?.url).toBe('/abc?q=');
  });

  it('renders without any context at all', async () => {
    const got = await render({ path: '/t/<%= context.id %>' });
    expect(got?.url).toBe('/t/');
  });

  it('does not expose inherited properties such as constructor', async () => {
    const got = await render({ path: '/<%= context.constructor %><%= iparam.__proto__ %>' }, {});
    expect(got?.url).toBe('/');
  });

  it.each([
    ['an unknown name', '/<%= process.env.HOME %>'],
    ['a function call other than encode', '/<%= iparam.sub.toUpperCase() %>'],
    ['reading a property of undefined', '/<%= context.a.b %>'],
    ['encode of a missing value', '/<%= encode(context.missing) %>'],
    ['an evaluate block', '/<% if (true) { %>x<% } %>'],
    ['an ES ${} block', '/${iparam.sub}'],
    ['an empty expression', '/<%= %>'],
  ])('rejects %s with 400 PLATFORM without sending', async (_what, path) => {
    const { api, logs } = makeApi({ templates: oneTemplate({ path }), hosts: { 'api.example.com': server.base } });
    const err = await rejection(api.invokeTemplate('t', { context: {} }));
    expect(err).toMatchObject({ status: 400, errorSource: 'PLATFORM', attempts: 0, headers: {} });
    expect(err.response).toMatch(/^Error while substituting the templates/);
    expect(server.received).toHaveLength(0);
    expect(logs[0]?.platformError).toBe('invalid_template');
  });

  it('rejects an unknown template name with 400 PLATFORM', async () => {
    const { api } = makeApi({ hosts: { 'acme.freshdesk.com': server.base } });
    const err = await rejection(api.invokeTemplate('noSuchTemplate'));
    expect(err).toEqual({ status: 400, headers: {}, response: 'Request template not found: noSuchTemplate', errorSource: 'PLATFORM', attempts: 0 });
    // Names of Object.prototype are not templates either.
    await expect(api.invokeTemplate('constructor')).rejects.toMatchObject({ status: 400, errorSource: 'PLATFORM' });
  });

  it('rejects a body that is not a string', async () => {
    const { api } = makeApi({ hosts: { 'acme.freshdesk.com': server.base } });
    const err = await rejection(api.invokeTemplate('freshdeskCreateNote', { context: { ticket_id: 1 }, body: { a: 1 } as unknown as string }));
    expect(err).toMatchObject({ status: 400, errorSource: 'PLATFORM' });
    expect(server.received).toHaveLength(0);
  });
});

describe('query', () => {
  // docs/platform.md "Request templates: schema and options"
  it('merges invoke-time query and lets the template query win', async () => {
    const { api } = makeApi({
      templates: oneTemplate({ path: '/search', query: { page: '<%= context.page %>', source: 'app' } }),
      hosts: { 'api.example.com': server.base },
    });
    await api.invokeTemplate('t', { context: { page: 2 }, query: { source: 'caller', extra: 'yes', n: 5 } });
    const url = new URL(server.received[0]?.url ?? '', 'http://x');
    expect(url.searchParams.get('source')).toBe('app');
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('extra')).toBe('yes');
    expect(url.searchParams.get('n')).toBe('5');
  });

  it('percent-encodes rendered query values', async () => {
    const { api } = makeApi({ templates: oneTemplate({ path: '/s', query: { q: '<%= context.q %>' } }), hosts: { 'api.example.com': server.base } });
    await api.invokeTemplate('t', { context: { q: 'a b&c=d' } });
    expect(new URL(server.received[0]?.url ?? '', 'http://x').searchParams.get('q')).toBe('a b&c=d');
  });
});

it('logs the URL the app asked for, with the template host', async () => {
  const { api, logs } = makeApi({ hosts: { 'acme.freshdesk.com': server.base }, installation: realInstallation() });
  await api.invokeTemplate('freshdeskGetTicket', { context: { ticket_id: 9 } });
  expect(logs).toEqual([
    { at: expect.any(Number), template: 'freshdeskGetTicket', caller: 'server', method: 'GET', url: 'https://acme.freshdesk.com/api/v2/tickets/9', status: 200, attempts: 1 },
  ]);
});

it('turns any error while printing a value into 400 PLATFORM, as the FDK does', async () => {
  const { api, logs } = makeApi({ templates: oneTemplate({ path: '/<%= context.o %>' }), hosts: { 'api.example.com': server.base } });
  const err = await rejection(api.invokeTemplate('t', { context: { o: Object.create(null) } }));
  expect(err).toMatchObject({ status: 400, errorSource: 'PLATFORM' });
  expect(err.response).toMatch(/^Error while substituting the templates/);
  expect(logs).toHaveLength(1);
});
