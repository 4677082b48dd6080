/**
 * The validator agrees with the official FDK 3.0 samples: manifests shaped like theirs raise no error.
 *
 * Each case reproduces the structure of one published sample manifest (modules, placeholders, events, requests,
 * functions and their timeouts, jobs, top-level keys) with our own names and values. Modelled on
 * (github.com/freshworks-developers/<repo>, file, commit):
 * - app-placeholder-samples      manifest.json                          a49e9a14364cbd8b1e3f7fa92a5277ec5f73b1bc (branch v3.0)
 * - request-method-samples       manifest.json                          b7d729b0da1ff3369d898690efc5cafd4b2cfbae (branch v3.0)
 * - serverless-app-samples       manifest.json                          e814727458dbf25b5f8a704d17fb89d504ac4451 (branch v3.0)
 * - entity-storage-samples       manifest.json                          7273514e0e50a48df8a58f5fa858c57f0666b825 (branch v3.0)
 * - jobs-samples                 manifest.json                          939c20aa2d7abd2a39a14aee1971da372e7562b7 (main, platform 3.0)
 * - data-method-samples          manifest.json                          e37f192b3a75f044ed72a3053937c6054657e8d6 (main, platform 3.0)
 * - end-user-app-samples         shopify-orders/manifest.json           615008b25ce3a1446af3b5aee6712880cf5692dc (main, platform 3.0)
 * - instance-method-samples      manifest.json                          6856f6842c9b21251b009eef70e25fdcd21ae789 (main, platform 3.0)
 * - global-app-features          serverless-events/manifest.json        4f084a4333bf7f9e1ecec8ff692200f366c5758b (main, platform 3.0)
 * - app-settings-samples         freshdesk/manifest.json                4bb3ff6ad62d1318b28bad9f5eb0621a860f80e7 (main, platform 3.0)
 * - support-shield-lens          manifest.json                          ebab951d61cf666e193cb71eb9829ae89c2df710 (main, platform 3.0)
 * - marketplace                  skills/app-dev/references/api/server-method-invocation-docs.md
 *                                                                        f58dc92061c47663423ca45f1705c7530bb0074a (SMI timeouts 5/10/15/20/25/30)
 * docs/platform.md "Manifest shapes in the official samples" lists them with links and what each one exercises.
 */
import { cleanApps, expectError, lines, makeApp, problemsOf, remove, write, writeServerFor } from './fixture';

afterAll(cleanApps);

type Json = Record<string, any>;

const ICON = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64"><rect width="64" height="64"/></svg>';

/**
 * An app around `manifest`: every url/icon it names exists under app/, server.js exports every handler, SMI and
 * job it declares, and config/requests.json holds exactly the templates it declares.
 */
function appWith(manifest: Json): string {
  const dir = makeApp();
  write(dir, 'manifest.json', JSON.stringify(manifest, null, 2));
  const names = new Set<string>();
  const templates: Json = {};
  for (const block of Object.values<Json>(manifest.modules)) {
    for (const loc of Object.values<Json>(block.location ?? {})) {
      write(dir, `app/${loc.url}`, '<!doctype html><html><head><script src="{{{appclient}}}"></script></head><body></body></html>\n');
      if (loc.icon) write(dir, `app/${loc.icon}`, ICON);
    }
    for (const ev of Object.values<Json>(block.events ?? {})) names.add(ev.handler);
    for (const fn of Object.keys(block.functions ?? {})) names.add(fn);
    for (const job of Object.keys(block.jobs ?? {})) names.add(job);
    for (const t of Object.keys(block.requests ?? {})) templates[t] = { schema: { method: 'GET', host: 'api.example.com', path: '/v1/items' } };
  }
  write(dir, 'config/requests.json', JSON.stringify(templates, null, 2));
  writeServerFor(dir, [...names].sort());
  return dir;
}

const ENGINES_2024 = { node: '18.18.2', fdk: '9.1.0' };
const ENGINES_2026 = { node: '24.11.0', fdk: '10.1.2' };
const page = (url: string, icon = 'styles/images/icon.svg') => ({ url, icon });
const handler = (name: string) => ({ handler: name });

const errorsOf = (dir: string): string[] => lines(problemsOf(dir));
const warningsOf = (dir: string): string[] => lines(problemsOf(dir), 'warning');

describe('manifests shaped like the official FDK 3.0 samples raise no error', () => {
  it('placeholders of every Freshdesk module, plus Freshservice modules (app-placeholder-samples@v3.0)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: { location: { full_page_app: page('views/global/wide.html'), cti_global_sidebar: page('views/global/phone.html') } },
        support_ticket: {
          location: {
            ticket_sidebar: page('views/ticket/side.html'),
            ticket_requester_info: page('views/ticket/requester.html'),
            ticket_top_navigation: page('views/ticket/top.html'),
            ticket_attachment: page('views/ticket/attach.html'),
            ticket_conversation_editor: page('views/ticket/editor.html'),
            ticket_background: { url: 'views/ticket/bg.html' },
            time_entry_background: { url: 'views/ticket/time-bg.html' },
          },
        },
        support_email: { location: { new_email_requester_info: page('views/email/requester.html'), new_email_background: page('views/email/bg.html') } },
        support_contact: { location: { contact_sidebar: page('views/contact/side.html'), contact_list_background: { url: 'views/contact/list-bg.html' } } },
        support_company: { location: { company_background: { url: 'views/company/bg.html' }, company_list_background: { url: 'views/company/list-bg.html' } } },
        service_ticket: {
          location: {
            ticket_sidebar: page('views/ticket/side.html'),
            new_ticket_sidebar: page('views/ticket/new-side.html'),
            new_ticket_background: { url: 'views/ticket/new-bg.html' },
          },
        },
        service_asset: { location: { asset_sidebar: page('views/asset/side.html') } },
        service_change: { location: { change_sidebar: page('views/change/side.html'), change_background: { url: 'views/change/bg.html' } } },
        service_user: { location: { contact_sidebar: page('views/user/side.html') } },
      },
      engines: { node: '18.13.0', fdk: '9.1.0' },
    });
    expect(errorsOf(dir)).toEqual([]);
    expect(warningsOf(dir)).toContainEqual(expect.stringContaining('service_ticket (Freshservice), service_asset (Freshservice)'));
  });

  it('requests, SMI functions with a 10 s timeout and a Freshsales module (request-method-samples@v3.0)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: {
          location: { full_page_app: page('index.html') },
          requests: { listOrders: {}, postReply: {}, regionalHost: {} },
          functions: { lookupOrder: { timeout: 10 }, refreshOrder: { timeout: 10 } },
        },
        support_ticket: { location: { ticket_sidebar: page('index.html') } },
        deal: { location: { deal_entity_menu: page('index.html'), deal_quick_actions: page('index.html') } },
      },
      engines: { node: '18.13.0', fdk: '9.1.0' },
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('events of several Freshdesk modules and of Freshservice, Freshchat and Freshcaller modules (serverless-app-samples@v3.0)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: {
          events: {
            onAppInstall: handler('installed'),
            onAppUninstall: handler('uninstalled'),
            onScheduledEvent: handler('tick'),
            onExternalEvent: handler('webhook'),
          },
        },
        support_agent: { events: { onAgentCreate: handler('agentJoined') } },
        support_company: { events: { onCompanyCreate: handler('companyAdded') } },
        support_ticket: { events: { onConversationCreate: handler('replied') } },
        service_ticket: { events: { onConversationCreate: handler('replied') } },
        chat_conversation: { events: { onConversationCreate: handler('replied') } },
        caller_conversation: { events: { onCallCreate: handler('called') } },
      },
      engines: { node: '18.13.0', fdk: '9.1.0' },
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('an empty requests block and a placeholder straight under a Freshsales module warn only (entity-storage-samples@v3.0)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: { location: { full_page_app: page('index.html') }, requests: {} },
        contact: { contact_entity_menu: page('index.html', 'images/icon.svg') },
        support_contact: { location: { contact_sidebar: page('index.html') } },
        support_ticket: { location: { ticket_sidebar: page('index.html') } },
      },
      engines: { node: '18.13.0', fdk: '9.1.1' },
    });
    expect(errorsOf(dir)).toEqual([]);
    expect(warningsOf(dir)).toEqual(
      expect.arrayContaining([
        'manifest.json: /modules/common/requests must NOT have fewer than 1 properties (drop the empty block)',
        "manifest.json: /modules/contact must NOT have additional properties 'contact_entity_menu' (placeholders go under location)",
      ]),
    );
  });

  it('jobs under modules.common and an empty Freshservice module (jobs-samples)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: { location: { full_page_app: page('index.html') }, requests: { createRequester: {} }, jobs: { bulkRequesterImport: {} } },
        service_ticket: {},
      },
      engines: { node: '18.18.2', fdk: '9.4.0' },
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('an empty support_portal module beside modules of three products (data-method-samples)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: { location: { full_page_app: page('views/all.html'), cti_global_sidebar: page('views/all.html') } },
        support_ticket: { location: { ticket_sidebar: page('views/all.html') } },
        service_ticket: { location: { ticket_sidebar: page('views/all.html') } },
        support_contact: { location: { contact_sidebar: page('views/all.html') } },
        support_portal: {},
        service_change: { location: { change_sidebar: page('views/all.html') } },
        service_asset: { location: { asset_sidebar: page('views/all.html') } },
        service_user: { location: { contact_sidebar: page('views/all.html') } },
        deal: { location: { deal_entity_menu: page('views/all.html') } },
      },
      engines: ENGINES_2026,
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('the customer-portal placeholder with SMI functions of 20 s (end-user-app-samples)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: { requests: { findBuyer: {}, buyerOrders: {} }, functions: { getBuyer: { timeout: 20 }, getBuyerOrders: { timeout: 20 } } },
        support_portal: { location: { portal_tickets_new_sidebar: page('index.html') } },
      },
      engines: ENGINES_2024,
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('the top-level app block and Freshsales / Freshchat placeholders (instance-method-samples)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      app: { tracking_id: 'simplisample000001', start_time: '2026-01-05T08:00:00.000Z' },
      modules: {
        common: { location: { full_page_app: page('index.html') } },
        support_ticket: { location: { ticket_sidebar: page('index.html') } },
        service_ticket: { location: { ticket_sidebar: page('index.html') } },
        sales_account: { location: { sales_account_entity_menu: page('index.html') } },
        chat_conversation: { location: { conversation_user_info: page('index.html') } },
      },
      engines: { node: '24.11.1', fdk: '10.1.2' },
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('product events of Freshservice and Freshsales modules beside Freshdesk ones (global-app-features)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: { events: { onAppInstall: handler('installed'), onAppUninstall: handler('uninstalled') } },
        support_ticket: { events: { onTicketCreate: handler('ticketOpened'), onTicketUpdate: handler('deskTicketChanged') } },
        service_ticket: { events: { onTicketUpdate: handler('serviceTicketChanged'), onTicketCreate: handler('ticketOpened') } },
        deal: { events: { onDealCreate: handler('dealOpened') } },
      },
      engines: { node: '18.16.1', fdk: '9.1.0' },
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it('an empty events block warns only (app-settings-samples)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: { requests: { openTicket: {}, listTickets: {} }, events: {} },
        support_ticket: { location: { ticket_sidebar: page('index.html', 'styles/images/wave.svg') } },
      },
      engines: { node: '18.18.2', fdk: '9.1.1' },
    });
    expect(errorsOf(dir)).toEqual([]);
    expect(warningsOf(dir)).toContain('manifest.json: /modules/common/events must NOT have fewer than 1 properties (drop the empty block)');
  });

  it('SMI functions of 20 s and 10 s on FDK 10 with a partial app block (support-shield-lens)', () => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: {
        common: {
          requests: { shopFindCustomer: {}, shopOrders: {}, payToken: {}, payHistory: {} },
          functions: { customerLens: { timeout: 20 }, ticketOpened: { timeout: 10 }, ticketChanged: { timeout: 10 } },
        },
        support_ticket: {
          location: { ticket_sidebar: page('index.html') },
          events: { onTicketCreate: handler('ticketOpened'), onTicketUpdate: handler('ticketChanged') },
        },
      },
      engines: ENGINES_2026,
      app: { tracking_id: 'simpli_lens_sample' },
    });
    expect(errorsOf(dir)).toEqual([]);
  });

  it.each([5, 10, 15, 20, 25, 30])('an SMI timeout of %i s, a value Freshworks documents', (timeout) => {
    const dir = appWith({
      'platform-version': '3.0',
      modules: { common: { functions: { summarize: { timeout } } }, support_ticket: {} },
      engines: ENGINES_2026,
    });
    expect(errorsOf(dir)).toEqual([]);
  });
});

describe('what the samples do not use stays wrong', () => {
  const base = (): Json => ({
    'platform-version': '3.0',
    modules: { common: { location: { full_page_app: page('index.html') } }, support_ticket: { location: { ticket_sidebar: page('index.html') } } },
    engines: ENGINES_2026,
  });

  it.each([7, 45, 0, '20'])('refuses the SMI timeout %j', (timeout) => {
    const m = base();
    m.modules.common.functions = { summarize: { timeout } };
    expectError(appWith(m), 'Timeout should be one of the allowed values (5, 10, 15, 20, 25, 30) for function "summarize"');
  });

  it('refuses a job server.js does not export, and a job that is not an object', () => {
    const m = base();
    m.modules.common.jobs = { nightlyExport: {}, brokenJob: 'yes' };
    const dir = appWith(m);
    writeServerFor(dir, ['brokenJob']);
    expectError(dir, 'Job function not found: "nightlyExport"', 'server/server.js');
    expectError(dir, '/modules/common/jobs/brokenJob must be object', 'manifest.json');
  });

  it('refuses a module no Freshworks product has', () => {
    const m = base();
    m.modules.service_tickets = { location: { ticket_sidebar: page('index.html') } };
    expectError(appWith(m), 'Invalid module(s) mentioned in modules: service_tickets');
  });

  it("refuses another product's placeholder inside a Freshdesk module", () => {
    const m = base();
    m.modules.support_ticket.location.new_ticket_sidebar = page('index.html');
    expectError(appWith(m), 'Invalid location(s) mentioned in modules: support_ticket - new_ticket_sidebar');
  });

  it("takes Freshsales' left-navigation placeholders under common only when a Freshsales module is named", () => {
    const m = base();
    m.modules.common.location.left_nav_cti = page('index.html');
    expectError(appWith(m), 'Invalid location(s) mentioned in modules: common - left_nav_cti');
    m.modules.deal = { location: { deal_entity_menu: page('index.html') } };
    expect(errorsOf(appWith(m))).toEqual([]);
  });

  it("still checks the files of other products' placeholders", () => {
    const m = base();
    m.modules.service_ticket = { location: { ticket_sidebar: page('service.html', 'styles/images/service.svg') } };
    const dir = appWith(m);
    remove(dir, 'app/service.html');
    remove(dir, 'app/styles/images/service.svg');
    expectError(dir, "Template file 'service.html' mentioned in service_ticket/ticket_sidebar is not found in app folder");
    expectError(dir, "Icon 'styles/images/service.svg' mentioned in service_ticket/ticket_sidebar is not found in app folder");
  });

  it('refuses an unknown key in a Freshdesk module and an empty location block', () => {
    const m = base();
    m.modules.support_ticket.contact_sidebar = page('index.html');
    m.modules.common.location = {};
    const dir = appWith(m);
    expectError(dir, "/modules/support_ticket must NOT have additional properties 'contact_sidebar'");
    expectError(dir, '/modules/common/location must NOT have fewer than 1 properties');
  });
});
