/**
 * The page's sections, each drawn from api.ts data with dom.ts helpers: text only, except message bodies, which
 * go through the allow-list of sanitize.ts as Freshdesk's ticket view renders them.
 */
import type { ConversationView, Overview, RequestView, RunView, TicketDetail, TicketRow } from '../api';
import { fillFields, h, htmlSource, initials, time, when } from './dom';
import { sanitizeHtml } from './sanitize';

export function renderBudgets(list: HTMLElement, budgets: Overview['budgets']): void {
  list.replaceChildren(
    ...budgets.map((b) => {
      const level = b.used >= b.limit ? 'full' : b.used >= b.limit * 0.8 ? 'high' : 'ok';
      return h('li', { class: `budget ${level}`, title: `${b.name}: ${b.used} of ${b.limit} this minute` }, `${b.name} `, h('strong', {}, `${b.used}/${b.limit}`));
    }),
  );
}

function badge(text: string, kind: string): HTMLElement {
  return h('span', { class: `badge ${kind}` }, text);
}

function requestCount(n: number): HTMLElement {
  return h('span', { class: 'count', title: 'Requests the app made for this ticket (Freshdesk and Simpli)' }, `${n} req`);
}

const ARRIVAL_BADGES = {
  'before-install': ['before install', 'Created before the app was installed: the app never received it, so it has not processed it (as in Freshdesk).'],
  arriving: ['arriving', 'An open demo ticket, delivered to the app shortly after the install (onTicketCreate).'],
} as const;

function arrivalBadge(t: TicketRow): HTMLElement | false {
  if (!t.arrival) return false;
  const [text, title] = ARRIVAL_BADGES[t.arrival];
  return h('span', { class: `badge ${t.arrival}`, title, dataset: { arrival: t.arrival } }, text);
}

export function ticketItem(t: TicketRow, selected: boolean): HTMLElement {
  const meta = [t.type, t.group, t.requester].filter((s) => s !== '').join(' · ');
  return h(
    'li',
    {},
    h(
      'button',
      { class: `ticket-item${selected ? ' selected' : ''}`, dataset: { id: String(t.id) }, attrs: { type: 'button', 'aria-pressed': String(selected) } },
      h('span', { class: 'line' }, h('span', { class: 'id' }, `#${t.id}`), h('span', { class: 'subject' }, t.subject), requestCount(t.requests)),
      h(
        'span',
        { class: 'line' },
        badge(t.status, `status s${t.statusId}`),
        badge(t.priority, `priority p${t.priorityId}`),
        arrivalBadge(t),
        h('span', { class: 'meta' }, meta),
      ),
      t.tags.length > 0 && h('span', { class: 'line tags' }, ...t.tags.map((tag) => h('span', { class: 'tag' }, tag))),
      t.ai.length > 0 && h('span', { class: 'line ai' }, ...t.ai.map((f) => h('span', { class: 'ai-field' }, `${f.label}: ${f.value}`))),
    ),
  );
}

export function renderTicketList(list: HTMLElement, tickets: TicketRow[], selectedId: number | undefined): void {
  list.replaceChildren(...tickets.map((t) => ticketItem(t, t.id === selectedId)));
}

export interface DetailElements {
  title: HTMLElement;
  badges: HTMLElement;
  thread: HTMLElement;
  properties: HTMLElement;
  ai: HTMLElement;
  custom: HTMLElement;
  requester: HTMLElement;
  to: HTMLElement;
  agent: HTMLElement;
}

type Role = 'customer' | 'agent' | 'note';

/** One message of the thread: who, what they did, when, and the body as Freshdesk renders it. */
function threadEntry(role: Role, author: string, verb: string, at: string, html: string, id: string): HTMLElement {
  const body = h('div', { class: 'entry-body' });
  body.append(sanitizeHtml(document, html));
  return h(
    'li',
    { class: `entry ${role}`, dataset: { entry: id } },
    h('span', { class: 'avatar', attrs: { 'aria-hidden': 'true' } }, initials(author)),
    h(
      'div',
      { class: 'entry-card' },
      h('div', { class: 'entry-head' }, h('strong', {}, author), h('span', { class: 'verb' }, verb), when(at)),
      body,
      htmlSource(html),
    ),
  );
}

function conversationEntry(c: ConversationView): HTMLElement {
  const role: Role = c.private ? 'note' : c.incoming ? 'customer' : 'agent';
  const verb = c.private ? 'added a private note' : c.kind === 'Public note' ? 'added a public note' : c.incoming ? 'replied' : 'replied to the customer';
  return threadEntry(role, c.author, verb, c.at, c.html, String(c.id));
}

export function renderDetail(el: DetailElements, d: TicketDetail): void {
  el.title.replaceChildren(h('span', { class: 'id' }, `#${d.row.id} `), d.row.subject, ' ', requestCount(d.row.requests));
  el.badges.replaceChildren(
    badge(d.row.status, `status s${d.row.statusId}`),
    badge(d.row.priority, `priority p${d.row.priorityId}`),
    arrivalBadge(d.row) || '',
  );
  el.thread.replaceChildren(
    threadEntry('customer', d.description.author, 'reported', d.description.at, d.description.html, 'description'),
    ...d.conversations.map(conversationEntry),
  );
  fillFields(el.properties, d.properties);
  fillFields(el.ai, d.aiFields);
  fillFields(el.custom, d.customFields);
  if (d.requester) {
    const r = d.requester;
    const fields = h('dl', { class: 'fields' });
    fillFields(fields, [...r.fields, ...r.customFields]);
    el.requester.replaceChildren(h('p', { class: 'person' }, h('strong', {}, r.name), r.email ? ` <${r.email}>` : ''), fields);
  } else {
    el.requester.replaceChildren(h('p', { class: 'empty' }, 'The requester is not in the account.'));
  }
  el.to.textContent = d.requester ? `To: ${d.requester.name}${d.requester.email ? ` <${d.requester.email}>` : ''}` : 'To: the requester';
  el.agent.textContent = d.agent ? d.agent.name : 'no agent';
}

export function renderRuns(list: HTMLElement, runs: RunView[]): void {
  if (runs.length === 0) return list.replaceChildren(h('li', { class: 'empty' }, 'No handler has run yet.'));
  list.replaceChildren(
    ...runs.map((r) =>
      h(
        'li',
        { class: `run ${r.ok ? 'ok' : 'failed'}` },
        h(
          'div',
          { class: 'run-head' },
          h('span', { class: 'subtle' }, `#${r.seq}`),
          h('strong', {}, r.event),
          h('span', { class: 'subtle' }, r.handler),
          badge(r.ok ? 'ok' : (r.failure ?? 'failed'), r.ok ? 'ok' : 'failed'),
          h('span', { class: 'subtle' }, `${r.durationMs} ms`),
        ),
        r.error !== undefined && h('pre', { class: 'run-error' }, r.error),
        r.logs.length > 0 && h('pre', { class: 'run-logs' }, r.logs.join('\n')),
      ),
    ),
  );
}

/** A request table; `onTicket` opens a ticket from its id cell. */
export function renderRequests(box: HTMLElement, rows: RequestView[], empty: string, onTicket: (id: number) => void): void {
  if (rows.length === 0) return box.replaceChildren(h('p', { class: 'empty' }, empty));
  const statusClass = (s: number) => (s === 0 ? 'dropped' : s < 300 ? 'ok' : s < 500 ? 'client' : 'server');
  const body = h(
    'tbody',
    {},
    ...rows.map((r) => {
      const ticket = r.ticketId === undefined ? '' : h('button', { class: 'link', attrs: { type: 'button' } }, `#${r.ticketId}`);
      if (ticket && r.ticketId !== undefined) {
        const id = r.ticketId;
        ticket.addEventListener('click', () => onTicket(id));
      }
      return h(
        'tr',
        {},
        h('td', { class: 'subtle' }, time(r.at)),
        h('td', {}, r.source),
        h('td', {}, r.method),
        h('td', { class: 'target' }, r.target),
        h('td', { class: `http ${statusClass(r.status)}` }, r.status === 0 ? 'dropped' : String(r.status)),
        h('td', {}, ticket),
        h('td', { class: 'subtle' }, r.note ?? ''),
      );
    }),
  );
  const head = h('thead', {}, h('tr', {}, ...['Time', 'Source', 'Method', 'Request', 'Status', 'Ticket', 'Note'].map((c) => h('th', {}, c))));
  box.replaceChildren(h('table', { class: 'requests' }, head, body));
}
