/**
 * What the sidebar's `client` gets from the platform (docs/platform.md "Front end: bootstrapping and the frame",
 * "Secure installation parameters", "Request templates: limits", "Key-value store"): non-secure iparams only, the same
 * KV store and budget as the server, templates as the front-end caller on the shared 50/min budget, and SMI.
 */
import { IPARAMS, probePlatform, rejection, slowServer } from './helpers';

const noProductData = async () => ({});

describe('frontendBackend()', () => {
  it('publicIparams() leaves out the keys __meta.secure names, and __meta itself', () => {
    const { platform } = probePlatform();
    const iparams = platform.frontendBackend(noProductData).publicIparams();
    expect(iparams).not.toHaveProperty('simpli_api_key');
    expect(iparams).not.toHaveProperty('freshdesk_api_key');
    expect(iparams).not.toHaveProperty('__meta');
    expect(iparams).toMatchObject({ freshdesk_subdomain: 'acme', simpli_kb_host: IPARAMS.simpli_kb_host, feature_qa: true });
  });

  it('publicIparams() answers a copy the page cannot use to change the installation', () => {
    const { platform } = probePlatform();
    const backend = platform.frontendBackend(noProductData);
    backend.publicIparams().freshdesk_subdomain = 'changed';
    expect(backend.publicIparams().freshdesk_subdomain).toBe('acme');
  });

  // docs/platform.md "Key-value store"
  it('client.db is the installation store and spends the same 50/min budget as $db', async () => {
    const { platform } = probePlatform();
    const backend = platform.frontendBackend(noProductData);
    await backend.db.set('from-sidebar', { a: 1 });
    expect(platform.db.peek('from-sidebar')).toEqual({ a: 1 });
    const run = await platform.fireEvent('onTicketCreate', { probe: 'db' }); // set + get on the server
    expect(run.ok).toBe(true);
    expect(platform.budgetUsage().db).toBe(3);
  });

  // docs/platform.md "Request templates: limits"
  it('templates run as the front-end caller and share the 50/min budget with the server', async () => {
    const server = await slowServer(0);
    try {
      const { platform } = probePlatform({ hosts: { 'acme.freshdesk.com': server.base, 'triage.simpli.example.com': server.base } });
      const backend = platform.frontendBackend(noProductData);
      const first = await backend.invokeTemplate('freshdeskListGroups', {});
      expect(first.status).toBe(200);
      for (let i = 1; i < 50; i += 1) await backend.invokeTemplate('freshdeskListGroups', {});
      expect(platform.budgetUsage().templates).toBe(50);
      await expect(rejection(backend.invokeTemplate('freshdeskListGroups', {}))).resolves.toMatchObject({ status: 429 });

      // The server's next call meets the same spent budget.
      await platform.fireEvent('onTicketCreate', { probe: 'slow-then-db' });
      const log = platform.requestLog();
      expect(log.slice(0, 50).every((e) => e.caller === 'frontend' && e.status === 200)).toBe(true);
      expect(log[log.length - 1]).toMatchObject({ caller: 'server', template: 'simpliClassify', status: 429 });
    } finally {
      await server.close();
    }
  });

  it('invokeSmi is the platform SMI, productData is the one given', async () => {
    const { platform } = probePlatform();
    const productData = async (name: string, ticketId: number | undefined) => ({ [name]: { id: ticketId } });
    const backend = platform.frontendBackend(productData);
    await expect(backend.invokeSmi('regenerateDraft', { mode: 'plain' })).resolves.toMatchObject({ response: { mode: 'plain' } });
    await expect(backend.productData('ticket', 1201)).resolves.toEqual({ ticket: { id: 1201 } });
  });
});
