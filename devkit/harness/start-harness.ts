/**
 * The app as the integration tests and the bench drive it: the fakes (five Simpli services and a Freshdesk
 * seeded with a demo account) on loopback, and the local platform running the BUILT server.js with that
 * account's installation, on a ManualClock so retries hours away run in milliseconds.
 */
import { demoAccount, demoHostMap, demoIparams, DEMO_SIMPLI_API_KEY, freshAccount, freshIparams, FRESH_FRESHDESK_HOST } from '../demo';
import { createFreshdeskFake, type FreshdeskFake, type FreshdeskState } from '../fakes/freshdesk';
import type { SeedCategory } from '../fakes/freshdesk/account';
import type { FakeLogEntry, FaultRule } from '../fakes/kit';
import { ManualClock } from '../platform/clock';
import { LocalPlatform, type LocalPlatformOptions, type PlatformRun } from '../platform/local-platform';
import { startFakes, type RunningFakes } from '../simulator/fakes';

export interface Stack {
  clock: ManualClock;
  platform: LocalPlatform;
  fakes: RunningFakes;
  freshdesk: FreshdeskFake;
  /** The ticket and requester as Freshdesk serves them, shaped as onTicketCreate's data. */
  ticketEventData(ticketId: number, overrides?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Fires onTicketCreate for a seeded ticket; `ticket` overrides its fields, `data` other keys of the event. */
  createTicket(ticketId: number, ticket?: Record<string, unknown>, data?: Record<string, unknown>): Promise<PlatformRun>;
  state(): FreshdeskState;
  ticket(ticketId: number): Record<string, unknown>;
  /** Private notes the app posted on a ticket. */
  notes(ticketId: number): Array<{ body: string; private: boolean }>;
  /** Template requests since the last clearLogs(). */
  requests(): string[];
  /** Every fake's log, oldest first. */
  fakeLog(): FakeLogEntry[];
  setFaults(service: 'freshdesk' | 'triage' | 'reply' | 'sentiment' | 'qa' | 'kb', rules: FaultRule[]): void;
  clearLogs(): void;
  close(): Promise<void>;
}

export interface StackOptions {
  /** 'demo' (acme, with the AI fields) or 'fresh' (globex, without them). Default 'demo'. */
  account?: 'demo' | 'fresh';
  iparams?: Record<string, unknown>;
  platform?: Partial<LocalPlatformOptions>;
  /** The account's knowledge base instead of its seed's (the bench's 1,000 articles: devkit/demo/large-kb.ts). */
  solutions?: SeedCategory[];
}

const ACCOUNTS = {
  demo: { seed: demoAccount, iparams: demoIparams, extraHosts: (_url: string): Record<string, string> => ({}) },
  fresh: { seed: freshAccount, iparams: freshIparams, extraHosts: (url: string): Record<string, string> => ({ [FRESH_FRESHDESK_HOST]: url }) },
};

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const account = ACCOUNTS[options.account ?? 'demo'];
  const clock = new ManualClock();
  const seed = account.seed();
  const freshdesk = createFreshdeskFake(options.solutions ? { ...seed, solutions: options.solutions } : seed, { clock });
  const fakes = await startFakes({ freshdesk, simpliApiKey: DEMO_SIMPLI_API_KEY });
  const urls = fakes.urls();
  const platform = LocalPlatform.create({
    iparams: { ...account.iparams(), ...options.iparams },
    hosts: demoHostMap({ ...urls.simpli, freshdesk: urls.freshdesk }, account.extraHosts(urls.freshdesk)),
    clock,
    ...options.platform,
  });
  // Read from the fake's state, not over HTTP, so the harness adds nothing to the request logs under test.
  const ticketEventData = async (ticketId: number, overrides: Record<string, unknown> = {}) => {
    const state = freshdesk.state();
    const ticket = state.tickets.find((t) => t.id === ticketId);
    if (!ticket) throw new Error(`no ticket ${ticketId}`);
    const requester = state.contacts.find((c) => c.id === ticket.requester_id);
    return { ticket: { ...ticket, ...overrides }, requester };
  };
  const all = () => [...Object.values(fakes.simpli), fakes.freshdesk];
  let requestMark = 0;
  const stack: Stack = {
    clock,
    platform,
    fakes,
    freshdesk,
    ticketEventData,
    // A creation event is about a ticket just created: its copy says so (an old copy makes the event late).
    createTicket: async (ticketId, ticket, data) => {
      const now = new Date(clock.now()).toISOString();
      return platform.fireEvent('onTicketCreate', { ...(await ticketEventData(ticketId, { created_at: now, updated_at: now, ...ticket })), ...data });
    },
    state: () => freshdesk.state(),
    ticket: (ticketId) => {
      const found = freshdesk.state().tickets.find((t) => t.id === ticketId);
      if (!found) throw new Error(`no ticket ${ticketId}`);
      return found;
    },
    notes: (ticketId) => freshdesk.state().notes.filter((n) => n.ticket_id === ticketId) as unknown as Array<{ body: string; private: boolean }>,
    fakeLog: () => all().flatMap((f) => f.log()).sort((a, b) => a.at - b.at),
    setFaults: (service, rules) => (service === 'freshdesk' ? fakes.freshdesk : fakes.simpli[service]).setFaults(rules),
    requests: () => platform.requestLog().slice(requestMark).map((e) => e.template),
    clearLogs: () => {
      all().forEach((f) => f.clearLog());
      requestMark = platform.requestLog().length;
    },
    close: () => fakes.close(),
  };
  return stack;
}

/** Installs the app on the stack (onAppInstall), as every measure and most tests start; a refused install throws. */
export async function installApp(stack: Pick<Stack, 'platform'>): Promise<void> {
  const install = await stack.platform.fireEvent('onAppInstall');
  if (!install.ok) throw new Error(`onAppInstall failed: ${install.failure}`);
}
