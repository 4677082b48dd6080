/**
 * The bench's secret_leaks figure on the real app: present, 0, and measured over every kind of place the issue
 * names (front-end files, the packed zip, client.iparams.get(), the simulated lifecycle's logs and data).
 */
import { measureSecrets, secretFigures, type SecretMeasure } from '../../devkit/bench/measure-secrets';

let measured: SecretMeasure;

beforeAll(async () => {
  measured = await measureSecrets();
}, 60_000);

describe('secret_leaks on the built app', () => {
  it('is 0, within its budget of 0', () => {
    expect(measured.findings).toEqual([]);
    expect(secretFigures(measured)).toEqual([expect.objectContaining({ name: 'secret_leaks', value: 0, budget: 0 })]);
  });

  it('looked in every kind of place', () => {
    expect(measured.scanned.frontEnd).toBeGreaterThanOrEqual(3);
    expect(measured.scanned.zip).toBeGreaterThanOrEqual(8);
    const places = measured.places;
    expect(places).toEqual(
      expect.arrayContaining([
        'app/scripts/sidebar.js',
        'app/index.html',
        'zip:./server/server.js',
        'zip:./config/requests.json',
        'client.iparams.get()',
        'client.iparams.get(simpli_api_key)',
        'client.iparams.get(freshdesk_api_key)',
        'client.request.invoke(retryTicket)',
        'sidebar page',
        'demo template log',
        'fresh template log',
        'rejected key template log',
      ]),
    );
    const some = (prefix: string) => places.filter((p) => p.startsWith(prefix));
    // install, create, customer reply, agent reply, resolve, create (key rejected), SMI retry, create (deferred), schedule
    for (const event of ['onAppInstall', 'onTicketCreate', 'onConversationCreate', 'onTicketUpdate', 'smi', 'onScheduledEvent']) {
      expect(some('demo handler log').filter((p) => p.endsWith(` ${event}`)).length).toBeGreaterThan(0);
    }
    expect(some('demo handler log').filter((p) => p.endsWith(' onConversationCreate'))).toHaveLength(2);
    expect(some('demo $db ticket:').length).toBeGreaterThanOrEqual(3);
    expect(some('demo schedule ').length).toBeGreaterThan(0);
    expect(some('demo freshdesk request log')).toHaveLength(1);
    expect(some('demo simpli-qa stored state')).toHaveLength(1);
  });
});
