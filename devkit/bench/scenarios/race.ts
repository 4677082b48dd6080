/**
 * Races (issue 11): every event of a ticket's life (create, customer reply, resolution) is delivered 2 or 3
 * times, concurrently and late, in every order of the three events (the reply before the create included), two
 * ways: all first deliveries started together, or event by event with each event's copies concurrent. A third
 * copy, where there is one, comes 7 minutes later. Freshdesk already holds the whole life when the events
 * arrive (they are late, and their timestamps say when they happened), and an agent tagged the ticket right after
 * it was created.
 *
 * Judged from Freshdesk: duplicate notes are draft or QA notes beyond the first of their kind on a ticket; a lost
 * tag is one that was on the ticket (the agent's, or any tag in a ticket update the app made that Freshdesk
 * accepted) and is not there at the end.
 */
import type { FreshdeskRecords } from '../../fakes/freshdesk';
import type { Json } from '../../harness/events';
import { startStack, type Stack, installApp } from '../../harness/start-harness';
import { createRequestApi, type RequestApiOptions } from '../../platform/request';
import type { InvokeTemplateArgs } from '../../platform/types';
import { draftNotes, qaNotes } from './account-state';
import { arrivals } from './arrivals';
import { agentReplies, customerReplies, deliver, resolves, type LifeEvent } from './life';
import { HOUR_MS, MINUTE_MS, pump, quietFor } from './pump';

export const AGENT_TAG = 'callback-requested';
const EVENTS: readonly LifeEvent[] = ['create', 'reply', 'resolve'];
const FIRST_ID = 230_001;
const LATE_MS = 7 * MINUTE_MS;
const CAP_MS = 6 * HOUR_MS;

export type RaceMode = 'together' | 'stepwise';

export interface RaceTicket {
  ticketId: number;
  order: LifeEvent[];
  mode: RaceMode;
  copies: Record<LifeEvent, number>;
  duplicateNotes: number;
  lostTags: string[];
}

export interface RaceResult {
  tickets: RaceTicket[];
  duplicateNotes: number;
  lostTags: number;
}

/** Every order of the three events. */
export function orders(): LifeEvent[][] {
  const out: LifeEvent[][] = [];
  const walk = (prefix: LifeEvent[]) => {
    if (prefix.length === EVENTS.length) return void out.push(prefix);
    for (const e of EVENTS) if (!prefix.includes(e)) walk([...prefix, e]);
  };
  walk([]);
  return out;
}

/** Notes beyond the first of their kind on a ticket. */
export function extraNotes(records: FreshdeskRecords, ticketId: number): number {
  return Math.max(0, draftNotes(records, ticketId) - 1) + Math.max(0, qaNotes(records, ticketId) - 1);
}

/** Tags once on the ticket and gone at the end. */
export function lostTags(written: ReadonlySet<string>, final: readonly string[]): string[] {
  return [...written].filter((t) => !final.includes(t)).sort();
}

/** Tags of every ticket update the app made that Freshdesk accepted, by ticket. */
function tagWrites() {
  const byTicket = new Map<number, Set<string>>();
  const factory = (options: RequestApiOptions) => {
    const api = createRequestApi(options);
    return {
      invokeTemplate: async (template: string, args: InvokeTemplateArgs = {}) => {
        const response = await api.invokeTemplate(template, args);
        if (template === 'freshdeskUpdateTicket') {
          const ticketId = Number((args.context as Json | undefined)?.ticket_id);
          const tags = (JSON.parse(args.body ?? '{}') as Json).tags;
          if (Array.isArray(tags)) {
            const seen = byTicket.get(ticketId) ?? new Set<string>();
            for (const t of tags) seen.add(String(t));
            byTicket.set(ticketId, seen);
          }
        }
        return response;
      },
    };
  };
  return { factory, of: (ticketId: number) => byTicket.get(ticketId) ?? new Set<string>() };
}

interface Plan {
  ticketId: number;
  order: LifeEvent[];
  mode: RaceMode;
  copies: Record<LifeEvent, number>;
  data: Record<LifeEvent, Json>;
  /**
   * When Freshdesk lived the ticket's life, stamped on every delivery (they are late) — or undefined: stamped at
   * delivery, the reading of the envelope where only the ticket copy's own age tells.
   */
  happenedAt: number | undefined;
}

/** Freshdesk lives the whole life first; answers the three events' data. */
async function live(stack: Stack, arrive: ReturnType<typeof arrivals>, n: number, ticketId: number): Promise<Record<LifeEvent, Json>> {
  const create = arrive.receive(arrive.seed(n, ticketId));
  const tags = stack.freshdesk.records.tickets.get(ticketId)?.tags ?? [];
  const tagged = stack.freshdesk.updateTicketAsAgent(ticketId, { tags: [...tags, AGENT_TAG] });
  if (tagged.status !== 200) throw new Error(`tagging ${ticketId}: ${tagged.status}`);
  const reply = customerReplies(stack, ticketId, 9_300_000 + n * 2);
  agentReplies(stack, ticketId, 9_300_001 + n * 2);
  return { create, reply, resolve: await resolves(stack, ticketId) };
}

async function firstDeliveries(stack: Stack, plan: Plan): Promise<void> {
  const twice = (e: LifeEvent) => [deliver(stack, e, plan.data[e], plan.happenedAt), deliver(stack, e, plan.data[e], plan.happenedAt)];
  if (plan.mode === 'together') {
    await Promise.all(plan.order.flatMap(twice));
    return;
  }
  for (const e of plan.order) {
    await Promise.all(twice(e));
    await stack.platform.advance(1_000);
  }
}

export async function measureRaces(options: { orders?: LifeEvent[][]; modes?: RaceMode[] } = {}): Promise<RaceResult> {
  const writes = tagWrites();
  const stack = await startStack({ platform: { warmContexts: true, requestApiFactory: writes.factory } });
  try {
    await installApp(stack);
    await stack.platform.advance(MINUTE_MS);
    const arrive = arrivals(stack);
    const plans: Plan[] = [];
    for (const mode of options.modes ?? ['together', 'stepwise']) {
      for (const order of options.orders ?? orders()) {
        const n = plans.length;
        const ticketId = FIRST_ID + n;
        const copies = { create: 2 + (n % 2), reply: 3 - (n % 2), resolve: 2 + (n % 2) } as Record<LifeEvent, number>;
        // Both readings of the envelope's timestamp, alternately: the event's own time, or the delivery time.
        const stamped = Math.floor(n / 2) % 2 === 0;
        plans.push({ ticketId, order, mode, copies, data: await live(stack, arrive, n, ticketId), happenedAt: stamped ? stack.clock.now() : undefined });
      }
    }
    // One ticket's first deliveries a minute, from 2 minutes after the lives (every delivery is late, and half say so
    // in their timestamp), then each ticket's third copies 7 minutes after its first ones.
    const start = stack.clock.now() + 2 * MINUTE_MS;
    const late: Array<{ at: number; plan: Plan }> = [];
    for (const [n, plan] of plans.entries()) {
      await stack.platform.advance(Math.max(0, start + n * MINUTE_MS - stack.clock.now()));
      await firstDeliveries(stack, plan);
      late.push({ at: start + n * MINUTE_MS + LATE_MS, plan });
    }
    for (const { at, plan } of late) {
      await stack.platform.advance(Math.max(0, at - stack.clock.now()));
      await Promise.all(plan.order.filter((e) => plan.copies[e] > 2).map((e) => deliver(stack, e, plan.data[e], plan.happenedAt)));
    }
    await pump(stack, { capMs: CAP_MS, done: quietFor(stack, 2 * HOUR_MS) });

    const records = stack.freshdesk.records;
    const tickets = plans.map((p): RaceTicket => {
      const written = new Set([...writes.of(p.ticketId), AGENT_TAG]);
      return {
        ticketId: p.ticketId,
        order: p.order,
        mode: p.mode,
        copies: p.copies,
        duplicateNotes: extraNotes(records, p.ticketId),
        lostTags: lostTags(written, records.tickets.get(p.ticketId)?.tags ?? []),
      };
    });
    return {
      tickets,
      duplicateNotes: tickets.reduce((a, t) => a + t.duplicateNotes, 0),
      lostTags: tickets.reduce((a, t) => a + t.lostTags.length, 0),
    };
  } finally {
    await stack.close();
  }
}
