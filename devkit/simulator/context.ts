/** What the simulator's actions and views work on; start-stack.ts builds it. */
import type { FreshdeskFake } from '../fakes/freshdesk/service';
import type { LocalPlatform } from '../platform/local-platform';
import type { PlatformWebServer } from '../platform/web';
import type { RunningFakes } from './fakes';
import type { SimulatorMemory } from './state-files';

export interface SimulatorContext {
  /** The fake Freshdesk: `records` is the account's live state, its receive…/update… methods Freshdesk's own side. */
  desk: FreshdeskFake;
  fakes: RunningFakes;
  /** The installation; "reset demo" replaces it, so always ask. */
  platform(): LocalPlatform;
  web: PlatformWebServer;
  /** Id floors and install mark; `remember()` writes them to disk. */
  memory: SimulatorMemory;
  remember(): void;
}
