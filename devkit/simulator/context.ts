/** What the simulator's actions and views work on; start-stack.ts builds it. */
import type { FreshdeskFake } from '../fakes/freshdesk/service';
import type { LocalPlatform } from '../platform/local-platform';
import type { PlatformWebServer } from '../platform/web';
import type { RunningFakes } from './fakes';
import type { SimulatorMemory } from './state-files';

export interface SimulatorContext {
  /** The fake Freshdesk: `records` is the account's live state, its receive…/add…/update… methods Freshdesk's own side. */
  desk: FreshdeskFake;
  fakes: RunningFakes;
  /** The installation; "reset demo" replaces it, so always ask. */
  platform(): LocalPlatform;
  web: PlatformWebServer;
  /** The demo tickets: every seed ticket's id, and the open ones delivered to the app after the install (arrivals.ts). */
  seed: { ticketIds: ReadonlySet<number>; arrivals: readonly number[] };
  /** The install mark and the delivered demo tickets; `save()` writes them to disk. */
  memory: SimulatorMemory;
  /** Writes the memory and the fake account now (after an action changed them). */
  save(): void;
}
