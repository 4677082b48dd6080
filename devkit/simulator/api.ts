/**
 * The simulator page's HTTP API: paths and JSON shapes, shared by the server (routes.ts, views.ts) and the page
 * (page/main.ts). No Node or DOM imports. Every string in these shapes may be user- or AI-written: the page
 * renders them as text only.
 */

export const API = {
  state: '/sim/api/state',
  /**
   * GET `${API.ticket}/<id>`; POST `${API.ticket}/<id>/<action>`: `reply` `{ text }` (the customer answers),
   * `agent-reply` `{ html }` and `note` `{ html }` (the agent writes from the editor), `resolve` `{}`.
   */
  ticket: '/sim/api/tickets',
  /** POST `{ subject, text, requesterId, priority? }`: a customer opens a ticket. */
  newTicket: '/sim/api/tickets',
  /** POST: due schedules now, then the KB sync. */
  scheduledJob: '/sim/api/scheduled-job',
  /** POST: the demo as on first start (Freshdesk, Simpli, $db, $schedule, logs). */
  reset: '/sim/api/reset',
} as const;

export const PAGE = { script: '/sim/page.js', style: '/sim/style.css' } as const;

export interface Field {
  label: string;
  /** Already formatted for display; "" when unset. */
  value: string;
}

/** What the agent does on a ticket: `${API.ticket}/<id>/<action>`. */
export const TICKET_ACTIONS = { customerReply: 'reply', agentReply: 'agent-reply', note: 'note', resolve: 'resolve' } as const;

export interface TicketRow {
  id: number;
  subject: string;
  requester: string;
  status: string;
  /** 2 Open, 3 Pending, 4 Resolved, 5 Closed, ≥ 6 custom. */
  statusId: number;
  priority: string;
  priorityId: number;
  type: string;
  group: string;
  tags: string[];
  /** The cf_ai_* custom fields the app writes, by label; only those that are set. */
  ai: Field[];
  /** Requests the app made for this ticket that reached a fake (Freshdesk and Simpli). */
  requests: number;
  updatedAt: string;
  /**
   * For a demo ticket: `before-install` — the worked history, created before the app was installed, which the app
   * never receives (so it has not processed it, as in Freshdesk); `arriving` — an open one that is delivered to the
   * app shortly after the install (arrivals.ts). Absent for every other ticket.
   */
  arrival?: 'before-install' | 'arriving';
}

export interface ConversationView {
  id: number;
  /** "Customer reply", "Agent reply", "Private note", "Public note", "Incoming note". */
  kind: string;
  author: string;
  at: string;
  /** From the customer's side. */
  incoming: boolean;
  /** A private note: the team's own, never the customer's to see. */
  private: boolean;
  text: string;
  /** As Freshdesk stores it: the page renders it only through its allow-list (page/sanitize.ts). */
  html: string;
}

export interface TicketDetail {
  row: TicketRow;
  /** Freshdesk's properties pane: Status, Priority, Type, Group, Agent, Tags; then Source, Company and the dates. */
  properties: Field[];
  /** The app's cf_ai_* ticket fields, set or not. */
  aiFields: Field[];
  /** The account's other custom ticket fields. */
  customFields: Field[];
  /** The ticket's first message, the requester's. */
  description: { author: string; at: string; text: string; html: string };
  requester: { id: number; name: string; email: string; fields: Field[]; customFields: Field[] } | null;
  conversations: ConversationView[];
  /** Who the simulator acts as: Reply and Add note are theirs, and so is Resolve. */
  agent: { name: string; email: string } | null;
  /**
   * The platform's ticket page: the app's sidebar in its frame. With `&embedder=<origin>` it shows the frame alone
   * and passes the app's interface calls (setValue, showNotify) up to that page.
   */
  hostPageUrl: string;
  /** The sidebar page alone (index.html with the client script). */
  sidebarUrl: string;
}

export interface RunView {
  seq: number;
  event: string;
  handler: string;
  ok: boolean;
  failure?: string;
  error?: string;
  durationMs: number;
  logs: string[];
}

export interface RequestView {
  at: number;
  /** The fake that answered ("freshdesk", "simpli-triage", …), or who called the template ("server", "sidebar"). */
  source: string;
  method: string;
  /** Path at a fake; "template → url" in the platform's template log. */
  target: string;
  status: number;
  ticketId?: number;
  /** Fault, attempts, platform error … */
  note?: string;
}

export interface Overview {
  tickets: TicketRow[];
  contacts: Array<{ id: number; name: string; email: string }>;
  runs: RunView[];
  /** What reached the fakes, newest first. */
  requests: RequestView[];
  /** The platform's template log (server and sidebar), newest first: also calls that never left it (429, timeout). */
  templateCalls: RequestView[];
  /** Ticket id → requests that reached a fake. */
  perTicket: Record<string, number>;
  budgets: Array<{ name: string; used: number; limit: number }>;
  schedules: Array<{ name: string; at: string; repeat: string }>;
  /** The app's settings page (config/iparams.html at /custom_configs on the platform's web server). */
  settingsUrl: string;
  /** The app's full-page app (manifest `common.location.full_page_app`) on the platform's web server, if it has one. */
  fullPageUrl?: string;
  /** The open demo tickets delivered to the app after the install, of how many (arrivals.ts). */
  arrivals: { delivered: number; total: number };
}

export interface ActionResult {
  message: string;
  ticketId?: number;
  runs: RunView[];
}

/** Every error reply of the API. */
export interface ApiError {
  error: string;
  details?: unknown;
}
