/** The page's sections, each drawn from api.ts data with dom.ts helpers (text only). */
import type { Overview, RequestView, RunView, TicketDetail, TicketRow } from '../api';
import { fillFields, h, sandboxedHtml, time } from './dom';

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

export function ticketItem(t: TicketRow, selected: boolean): HTMLElement {
  const meta = [t.type, t.group, t.requester].filter((s) => s !== '').join(' · ');
  return h(
    'li',
    {},
    h(
      'button',
      { class: `ticket-item${selected ? ' selected' : ''}`, dataset: { id: String(t.id) }, attrs: { type: 'button', 'aria-pressed': String(selected) } },
      h('span', { class: 'line' }, h('span', { class: 'id' }, `#${t.id}`), h('span', { class: 'subject' }, t.subject), requestCount(t.requests)),
      h('span', { class: 'line' }, badge(t.status, `status s${t.statusId}`), badge(t.priority, `priority p${t.priorityId}`), h('span', { class: 'meta' }, meta)),
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
  fields: HTMLElement;
  custom: HTMLElement;
  requester: HTMLElement;
  conversation: HTMLElement;
}

export function renderDetail(el: DetailElements, d: TicketDetail): void {
  el.title.replaceChildren(h('span', { class: 'id' }, `#${d.row.id} `), d.row.subject, ' ', requestCount(d.row.requests));
  fillFields(el.fields, d.fields);
  fillFields(el.custom, d.customFields);
  if (d.requester) {
    const r = d.requester;
    const fields = h('dl', { class: 'fields' });
    fillFields(fields, [...r.fields, ...r.customFields]);
    el.requester.replaceChildren(h('p', { class: 'person' }, h('strong', {}, r.name), r.email ? ` <${r.email}>` : ''), fields);
  } else {
    el.requester.replaceChildren(h('p', { class: 'empty' }, 'The requester is not in the account.'));
  }
  const entry = (kind: string, author: string, at: string, text: string, html: string, cls: string) =>
    h(
      'li',
      { class: `entry ${cls}` },
      h('div', { class: 'entry-head' }, badge(kind, 'kind'), h('strong', {}, author), h('span', { class: 'subtle' }, at)),
      h('p', { class: 'entry-text' }, text),
      sandboxedHtml('HTML as stored (sandboxed)', html),
    );
  el.conversation.replaceChildren(
    entry('Description', d.row.requester, d.fields.find((f) => f.label === 'Created')?.value ?? '', d.description.text, d.description.html, 'incoming'),
    ...d.conversations.map((c) =>
      entry(c.kind, c.author, c.at, c.text, c.html, c.kind === 'Customer reply' || c.kind === 'Incoming note' ? 'incoming' : c.kind === 'Private note' ? 'private' : 'outgoing'),
    ),
  );
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
