/**
 * All the fakes on loopback: the five Simpli services and one Freshdesk. `npm run fakes` prints their URLs;
 * `npm start` runs the app against them. Each is a kit RunningFake (log, faults, /__control/*).
 */
import { createSimpliServices, SIMPLI_SERVICES, type SimpliServiceName } from '../fakes/simpli';
import { startFake } from '../fakes/kit';
import type { FakeService, RunningFake } from '../fakes/kit';

export type FakeName = SimpliServiceName | 'freshdesk';
export const FAKE_NAMES: readonly FakeName[] = [...SIMPLI_SERVICES, 'freshdesk'];

/** The line `npm run fakes` prints: `{"simpli":{"triage":URL,…,"kb":URL},"freshdesk":URL}`. */
export interface FakeUrls {
  simpli: Record<SimpliServiceName, string>;
  freshdesk: string;
}

export interface StartFakesOptions {
  /** The Freshdesk to mount: createFreshdeskFake(…) (for `npm start`, the simulator's desk). */
  freshdesk: FakeService;
  /** The X-API-Key every Simpli service requires; absent ⇒ none checked. */
  simpliApiKey?: string;
  /** Fixed ports; absent ⇒ a free port each. */
  ports?: Partial<Record<FakeName, number>>;
}

export interface RunningFakes {
  simpli: Record<SimpliServiceName, RunningFake>;
  freshdesk: RunningFake;
  /** Every fake, Simpli's first, in FAKE_NAMES order. */
  all(): RunningFake[];
  urls(): FakeUrls;
  close(): Promise<void>;
}

export async function startFakes(opts: StartFakesOptions): Promise<RunningFakes> {
  const services = createSimpliServices(opts.simpliApiKey !== undefined ? { apiKey: opts.simpliApiKey } : {});
  const toStart: Array<[FakeName, FakeService]> = [
    ...SIMPLI_SERVICES.map((name): [FakeName, FakeService] => [name, services[name]]),
    ['freshdesk', opts.freshdesk],
  ];
  const started = await Promise.allSettled(
    toStart.map(([name, service]) => startFake(service, opts.ports?.[name] !== undefined ? { port: opts.ports[name] } : {})),
  );
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // One port was taken: release the ones that did start before reporting it.
    await Promise.all(started.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
    throw failed.reason;
  }
  const running = started.map((r) => (r as PromiseFulfilledResult<RunningFake>).value);
  const byName = new Map(toStart.map(([name], i) => [name, running[i] as RunningFake]));
  const get = (name: FakeName): RunningFake => byName.get(name) as RunningFake;
  const simpli = Object.fromEntries(SIMPLI_SERVICES.map((n) => [n, get(n)])) as Record<SimpliServiceName, RunningFake>;

  return {
    simpli,
    freshdesk: get('freshdesk'),
    all: () => [...running],
    urls: () => ({
      simpli: Object.fromEntries(SIMPLI_SERVICES.map((n) => [n, get(n).url])) as Record<SimpliServiceName, string>,
      freshdesk: get('freshdesk').url,
    }),
    close: async () => {
      await Promise.all(running.map((f) => f.close()));
    },
  };
}
