/**
 * startSimpli: the five Simpli fakes on five loopback servers (the real services are separate processes on
 * separate ports, docs/simpli.md "Ports and paths"), each a kit RunningFake that also exposes its typed service, so
 * a test can read `fakes.sentiment.service.state()` directly or GET <url>/__control/state over HTTP.
 */
import { startFake } from '../kit/server';
import type { RunningFake } from '../kit/types';
import { createSimpliServices, SIMPLI_SERVICES, type SimpliOptions, type SimpliServiceName, type SimpliServices } from './create-services';

export type SimpliFake<S> = RunningFake & { service: S };
export type SimpliFakes = { [K in SimpliServiceName]: SimpliFake<SimpliServices[K]> };

export interface StartSimpliOptions extends SimpliOptions {
  /** Fixed ports per service; absent ⇒ a free port. */
  ports?: Partial<Record<SimpliServiceName, number>>;
}

export async function startSimpli(opts: StartSimpliOptions = {}): Promise<SimpliFakes> {
  const services = createSimpliServices(opts);
  const started = await Promise.allSettled(
    SIMPLI_SERVICES.map((name) => startFake(services[name], opts.ports?.[name] !== undefined ? { port: opts.ports[name] } : {})),
  );
  const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // One port was taken: do not leak the servers that did start.
    await Promise.all(started.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
    throw failed.reason;
  }
  const running = started.map((r) => (r as PromiseFulfilledResult<RunningFake>).value);
  return Object.fromEntries(
    SIMPLI_SERVICES.map((name, i) => [name, Object.assign(running[i] as RunningFake, { service: services[name] })]),
  ) as SimpliFakes;
}

export async function stopSimpli(fakes: SimpliFakes): Promise<void> {
  await Promise.all(SIMPLI_SERVICES.map((name) => fakes[name].close()));
}
