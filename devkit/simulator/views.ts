/**
 * The JSON the simulator page polls (api.ts shapes): the fake Freshdesk's tickets with names instead of ids,
 * one ticket in full, the handler runs, and the request logs with a count per ticket. Read-only.
 */
import type { ConversationJson, TicketRecord } from '../fakes/freshdesk/records';
import { PRIORITIES, SOURCES, statusesOf } from '../fakes/freshdesk/enums';
import type { FakeLogEntry } from '../fakes/kit';
import { KV_OPS_PER_MINUTE } from '../platform/db';
import type { PlatformRun } from '../platform/local-platform';
import { REQUESTS_PER_MINUTE } from '../platform/request';
import { SMI_PER_MINUTE } from '../platform/smi';
import type { ConversationView, Field, Overview, RequestView, RunView, TicketDetail, TicketRow } from './api';
import type { SimulatorContext } from './context';
import { actingAgentId, requireTicket } from './desk/inbound';

/** The page shows the newest entries of each log; counts are over everything. */
const LOG_LIMIT = 300;
const RUN_LIMIT = 60;
const AI_FIELD_PREFIX = 'cf_ai_';

const invert = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k])) as Record<number, string>;
const PRIORITY_NAMES = invert(PRIORITIES);
const SOURCE_NAMES = invert(SOURCES);

export function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(display).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function names(ctx: SimulatorContext) {
  const { account } = ctx.desk.records;
  const statuses = new Map(statusesOf(account).map((s) => [s.id, s.name]));
  const people = new Map<number, string>([
    ...account.agents.map((a): [number, string] => [a.id, a.name]),
    ...[...ctx.desk.records.contacts.values()].map((c): [number, string] => [c.id, c.name]),
  ]);
  return {
    status: (id: number) => statuses.get(id) ?? `Status ${id}`,
    group: (id: number | null) => (id === null ? '' : (account.groups.find((g) => g.id === id)?.name ?? `Group ${id}`)),
    person: (id: number | null) => (id === null ? '' : (people.get(id) ?? `User ${id}`)),
    company: (id: number | null) => (id === null ? '' : (account.companies?.find((c) => c.id === id)?.name ?? `Company ${id}`)),
  };
}

/** Every log entry of every fake, and how many concern each ticket. */
function fakeRequests(ctx: SimulatorContext): { entries: FakeLogEntry[]; perTicket: Record<string, number> } {
  const entries = ctx.fakes.all().flatMap((f) => f.log());
  const perTicket: Record<string, number> = {};
  for (const e of entries) if (e.ticketId !== undefined) perTicket[e.ticketId] = (perTicket[e.ticketId] ?? 0) + 1;
  return { entries, perTicket };
}

function ticketRow(ctx: SimulatorContext, t: Readonly<TicketRecord>, perTicket: Record<string, number>, n = names(ctx)): TicketRow {
  const ai = ctx.desk.records.ticketFields
    .filter((f) => f.name.startsWith(AI_FIELD_PREFIX) && display(t.custom[f.name]) !== '')
    .map((f) => ({ label: f.label, value: display(t.custom[f.name]) }));
  return {
    id: t.id,
    subject: t.subject,
    requester: n.person(t.requester_id),
    status: n.status(t.status),
    statusId: t.status,
    priority: PRIORITY_NAMES[t.priority] ?? String(t.priority),
    priorityId: t.priority,
    type: t.type ?? '',
    group: n.group(t.group_id),
    tags: [...t.tags],
    ai,
    requests: perTicket[t.id] ?? 0,
    updatedAt: t.updated_at,
    ...arrival(ctx, t.id),
  };
}

function arrival(ctx: SimulatorContext, id: number): Pick<TicketRow, 'arrival'> {
  if (!ctx.seed.ticketIds.has(id)) return {};
  if (!ctx.seed.arrivals.includes(id)) return { arrival: 'before-install' };
  return ctx.memory.delivered.includes(id) ? {} : { arrival: 'arriving' };
}

/** Freshdesk's list order: the newest ticket first. */
const newestFirst = (a: Readonly<TicketRecord>, b: Readonly<TicketRecord>) => b.created_at.localeCompare(a.created_at) || b.id - a.id;

export function runView(run: PlatformRun, seq: number): RunView {
  return {
    seq,
    event: run.event,
    handler: run.handler,
    ok: run.ok,
    ...(run.failure ? { failure: run.failure } : {}),
    ...(run.error !== undefined ? { error: display(run.error) } : {}),
    durationMs: Math.round(run.durationMs),
    logs: run.logs.slice(0, 200),
  };
}

/** Runs newest first, numbered from 1 in the order they happened. */
export function runViews(runs: PlatformRun[], first = 0): RunView[] {
  return runs.map((r, i) => runView(r, first + i + 1)).reverse();
}

const TICKET_IN_URL = /\/api\/v2\/tickets\/(\d+)(?:[/?]|$)/;

export function overview(ctx: SimulatorContext): Overview {
  const platform = ctx.platform();
  const { entries, perTicket } = fakeRequests(ctx);
  const requests: RequestView[] = entries
    .sort((a, b) => b.at - a.at)
    .slice(0, LOG_LIMIT)
    .map((e) => ({
      at: e.at,
      source: e.service,
      method: e.method,
      target: e.path,
      status: e.status,
      ...(e.ticketId !== undefined ? { ticketId: e.ticketId } : {}),
      ...(e.fault ? { note: `fault: ${e.fault}` } : {}),
    }));
  const templateCalls: RequestView[] = platform
    .requestLog()
    .slice(-LOG_LIMIT)
    .reverse()
    .map((e) => {
      const ticket = TICKET_IN_URL.exec(e.url);
      const note = [e.attempts > 1 ? `${e.attempts} attempts` : '', e.platformError ?? ''].filter(Boolean).join(', ');
      return {
        at: e.at,
        source: e.caller === 'frontend' ? 'sidebar' : e.caller === 'install_page' ? 'settings page' : 'server',
        method: e.method,
        target: `${e.template} → ${e.url}`,
        status: e.status,
        ...(ticket ? { ticketId: Number(ticket[1]) } : {}),
        ...(note ? { note } : {}),
      };
    });
  const runs = platform.runs();
  const usage = platform.budgetUsage();
  const n = names(ctx);
  const fd = ctx.desk.rateLimit();
  return {
    tickets: [...ctx.desk.records.tickets.values()].sort(newestFirst).map((t) => ticketRow(ctx, t, perTicket, n)),
    contacts: [...ctx.desk.records.contacts.values()]
      .map((c) => ({ id: c.id, name: c.name, email: c.email ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    runs: runViews(runs.slice(-RUN_LIMIT), Math.max(0, runs.length - RUN_LIMIT)),
    requests,
    templateCalls,
    perTicket,
    budgets: [
      { name: 'Templates', used: usage.templates, limit: REQUESTS_PER_MINUTE },
      { name: 'KV store', used: usage.db, limit: KV_OPS_PER_MINUTE },
      { name: 'SMI', used: usage.smi, limit: SMI_PER_MINUTE },
      { name: 'Freshdesk API', used: fd.used, limit: fd.limit },
    ],
    schedules: platform.schedule.list().map((s) => ({
      name: s.name,
      at: s.schedule_at,
      repeat: s.repeat ? `every ${s.repeat.frequency} ${s.repeat.time_unit}` : 'once',
    })),
    settingsUrl: ctx.web.settingsUrl(),
    ...fullPage(ctx),
    arrivals: { delivered: ctx.seed.arrivals.filter((id) => ctx.memory.delivered.includes(id)).length, total: ctx.seed.arrivals.length },
  };
}

function fullPage(ctx: SimulatorContext): { fullPageUrl?: string } {
  const url = ctx.web.fullPageUrl();
  return url === undefined ? {} : { fullPageUrl: url };
}

function conversationView(ctx: SimulatorContext, c: ConversationJson): ConversationView {
  const kind = c.private
    ? 'Private note'
    : c.source === 2
      ? c.incoming
        ? 'Incoming note'
        : 'Public note'
      : c.incoming
        ? 'Customer reply'
        : 'Agent reply';
  return { id: c.id, kind, author: names(ctx).person(c.user_id), at: c.created_at, incoming: c.incoming, private: c.private, text: c.body_text, html: c.body };
}

export function ticketDetail(ctx: SimulatorContext, id: number): TicketDetail {
  const { records } = ctx.desk;
  const t = requireTicket(records, id);
  const n = names(ctx);
  const { perTicket } = fakeRequests(ctx);
  const c = records.contacts.get(t.requester_id);
  const f = (label: string, value: unknown): Field => ({ label, value: display(value) });
  const custom = (ai: boolean) => records.ticketFields.filter((field) => field.name.startsWith(AI_FIELD_PREFIX) === ai).map((field) => f(field.label, t.custom[field.name]));
  const agent = records.account.agents.find((a) => a.id === actingAgentId(records));
  return {
    row: ticketRow(ctx, t, perTicket, n),
    properties: [
      f('Status', n.status(t.status)),
      f('Priority', PRIORITY_NAMES[t.priority] ?? t.priority),
      f('Type', t.type),
      f('Group', n.group(t.group_id)),
      f('Agent', n.person(t.responder_id)),
      f('Tags', t.tags),
      f('Source', SOURCE_NAMES[t.source] ?? t.source),
      f('Company', n.company(t.company_id)),
      f('Created', t.created_at),
      f('Updated', t.updated_at),
      f('Resolved', t.stats.resolved_at),
    ],
    aiFields: custom(true),
    customFields: custom(false),
    description: { author: n.person(t.requester_id), at: t.created_at, text: t.description_text, html: t.description },
    requester: c
      ? {
          id: c.id,
          name: c.name,
          email: c.email ?? '',
          fields: [f('Phone', c.phone), f('Company', n.company(c.company_id)), f('Language', c.language), f('Tags', c.tags)],
          customFields: records.contactFields.map((field) => f(field.label, c.custom[field.name])),
        }
      : null,
    conversations: (records.conversations.get(t.id) ?? []).map((conv) => conversationView(ctx, conv)),
    agent: agent ? { name: agent.name, email: agent.email ?? '' } : null,
    hostPageUrl: ctx.web.hostUrl(t.id),
    sidebarUrl: ctx.web.pageUrl(t.id),
  };
}
