/**
 * The simulator page: polls the simulator API (api.ts) and draws the fake Freshdesk's tickets, the open ticket as
 * Freshdesk's agent ticket page (thread, reply editor, properties) with the app's sidebar beside it, and the logs;
 * its buttons act as the agent or the customer and fire the events. The open ticket is in the URL hash
 * (#ticket=1042), so a reload keeps it.
 * The app's sidebar beside it: app-frame.ts.
 */
import { API, TICKET_ACTIONS, type ActionResult, type Overview, type TicketDetail } from '../api';
import { followAppFrame, sidebarFrameUrl } from './app-frame';
import { byId, changed, h } from './dom';
import { richEditor } from './editor';
import { ApiFailure, getJson, postJson } from './http';
import { renderBudgets, renderDetail, renderRequests, renderRuns, renderTicketList } from './render';

const POLL_MS = 1500;
const NOTICE_MS = 10_000;
const RESOLVED = 4;
const CLOSED = 5;

const el = {
  budgets: byId('budgets'),
  notice: byId('notice'),
  ticketCount: byId('ticket-count'),
  ticketList: byId('ticket-list'),
  ticketEmpty: byId('ticket-empty'),
  ticketView: byId('ticket-view'),
  detail: {
    title: byId('ticket-title'),
    badges: byId('ticket-badges'),
    thread: byId('thread'),
    properties: byId('ticket-fields'),
    ai: byId('ticket-ai'),
    custom: byId('ticket-custom'),
    requester: byId('requester'),
    to: byId('composer-to'),
    agent: byId('agent-name'),
  },
  editor: richEditor(byId('editor'), byId('editor-toolbar')),
  sendReply: byId<HTMLButtonElement>('send-reply'),
  addNote: byId<HTMLButtonElement>('add-note'),
  replyForm: byId<HTMLFormElement>('reply-form'),
  replyText: byId<HTMLTextAreaElement>('reply-text'),
  resolve: byId<HTMLButtonElement>('resolve'),
  arrivals: byId('arrivals'),
  toasts: byId('toasts'),
  reloadApp: byId<HTMLButtonElement>('reload-app'),
  agentEmpty: byId('agent-empty'),
  agentFrame: byId<HTMLIFrameElement>('agent-frame'),
  agentLink: byId<HTMLAnchorElement>('agent-link'),
  settingsLink: byId<HTMLAnchorElement>('settings-link'),
  fullPageLink: byId<HTMLAnchorElement>('fullpage-link'),
  onlyTicket: byId<HTMLInputElement>('only-ticket'),
  schedules: byId('schedules'),
  logs: { runs: byId('log-runs'), requests: byId('log-requests'), templates: byId('log-templates') },
  newTicket: {
    open: byId<HTMLButtonElement>('new-ticket-open'),
    dialog: byId<HTMLDialogElement>('new-ticket-dialog'),
    form: byId<HTMLFormElement>('new-ticket-form'),
    requester: byId<HTMLSelectElement>('nt-requester'),
    priority: byId<HTMLSelectElement>('nt-priority'),
    subject: byId<HTMLInputElement>('nt-subject'),
    text: byId<HTMLTextAreaElement>('nt-text'),
    cancel: byId<HTMLButtonElement>('nt-cancel'),
  },
};

const rendered = new Map<string, string>();
let overviewData: Overview | undefined;
let selectedId = ticketFromHash();
let framedId: number | undefined;
let scrolledTo: number | undefined;
let noticeTimer: number | undefined;

function ticketFromHash(): number | undefined {
  const m = /ticket=(\d+)/.exec(location.hash);
  return m ? Number(m[1]) : undefined;
}

function notify(text: string, kind: 'ok' | 'error'): void {
  el.notice.textContent = text;
  el.notice.title = text;
  el.notice.className = `notice ${kind}`;
  window.clearTimeout(noticeTimer);
  noticeTimer = window.setTimeout(() => {
    el.notice.textContent = '';
    el.notice.title = '';
  }, NOTICE_MS);
}

function describeFailure(err: unknown): string {
  if (!(err instanceof ApiFailure)) return err instanceof Error ? err.message : String(err);
  const details = err.details === undefined ? '' : ` — ${JSON.stringify(err.details)}`;
  return `${err.message}${details}`;
}

function openTicket(id: number): void {
  if (selectedId === id) return;
  selectedId = id;
  history.replaceState(null, '', `#ticket=${id}`);
  void refresh();
}

/**
 * The sidebar is framed once per ticket (reloading it on every poll would restart the app), with an empty
 * editor: in Freshdesk each ticket page has its own.
 */
function frameTicket(d: TicketDetail): void {
  if (framedId === d.row.id) return;
  framedId = d.row.id;
  el.editor.clear();
  el.agentFrame.src = sidebarFrameUrl(d.hostPageUrl);
  el.agentFrame.hidden = false;
  el.agentEmpty.hidden = true;
  el.agentLink.href = d.hostPageUrl;
  el.agentLink.hidden = false;
}

function renderOverview(o: Overview): void {
  if (el.settingsLink.hidden) {
    el.settingsLink.href = o.settingsUrl;
    el.settingsLink.hidden = false;
  }
  if (el.fullPageLink.hidden && o.fullPageUrl !== undefined) {
    el.fullPageLink.href = o.fullPageUrl;
    el.fullPageLink.hidden = false;
  }
  if (changed(rendered, 'budgets', o.budgets)) renderBudgets(el.budgets, o.budgets);
  const { delivered, total } = o.arrivals;
  el.arrivals.textContent = total === 0 || delivered === total ? '' : `Demo tickets arriving: ${delivered}/${total}`;
  if (changed(rendered, 'tickets', [o.tickets, selectedId])) {
    el.ticketCount.textContent = `(${o.tickets.length})`;
    renderTicketList(el.ticketList, o.tickets, selectedId);
  }
  if (selectedId !== scrolledTo) {
    // Once per opened ticket (a link or reload may open one far down the list), never while the reader scrolls.
    el.ticketList.querySelector('.selected')?.scrollIntoView({ block: 'nearest' });
    scrolledTo = selectedId;
  }
  if (changed(rendered, 'contacts', o.contacts)) {
    el.newTicket.requester.replaceChildren(...o.contacts.map((c) => h('option', { attrs: { value: String(c.id) } }, c.email ? `${c.name} <${c.email}>` : c.name)));
  }
  if (changed(rendered, 'schedules', o.schedules)) {
    el.schedules.textContent =
      o.schedules.length === 0 ? 'No schedules' : `Schedules: ${o.schedules.map((s) => `${s.name} (${s.repeat}, ${s.at})`).join('; ')}`;
  }
  const only = el.onlyTicket.checked && selectedId !== undefined;
  const mine = <T extends { ticketId?: number }>(rows: T[]) => (only ? rows.filter((r) => r.ticketId === selectedId) : rows);
  if (changed(rendered, 'runs', o.runs)) renderRuns(el.logs.runs, o.runs);
  const requests = mine(o.requests);
  if (changed(rendered, 'requests', requests)) renderRequests(el.logs.requests, requests, 'No request has reached a fake yet.', openTicket);
  const templates = mine(o.templateCalls);
  if (changed(rendered, 'templates', templates)) renderRequests(el.logs.templates, templates, 'The app has not called a template yet.', openTicket);
}

async function refreshDetail(): Promise<void> {
  if (selectedId === undefined) return;
  try {
    const d = await getJson<TicketDetail>(`${API.ticket}/${selectedId}`);
    el.ticketEmpty.hidden = true;
    el.ticketView.hidden = false;
    if (changed(rendered, 'detail', d)) renderDetail(el.detail, d);
    el.resolve.disabled = d.row.statusId === RESOLVED || d.row.statusId === CLOSED;
    frameTicket(d);
  } catch (err) {
    if (err instanceof ApiFailure && err.status === 404) {
      selectedId = undefined; // gone after a reset
      el.ticketView.hidden = true;
      el.ticketEmpty.hidden = false;
      return;
    }
    throw err;
  }
}

let refreshing: Promise<void> | undefined;
let refreshAgain = false;
/** One refresh at a time; one asked for meanwhile (a ticket opened, an action done) runs right after. */
function refresh(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    try {
      overviewData = await getJson<Overview>(API.state);
      renderOverview(overviewData);
      await refreshDetail();
    } catch (err) {
      notify(`Cannot reach the simulator: ${describeFailure(err)}`, 'error');
    } finally {
      refreshing = undefined;
      if (refreshAgain) {
        refreshAgain = false;
        void refresh();
      }
    }
  })();
  return refreshing;
}

/** Runs an action with its button disabled, reports its message, and redraws at once. */
async function act(button: HTMLButtonElement | null, run: () => Promise<ActionResult | { message: string }>): Promise<boolean> {
  if (button) button.disabled = true;
  try {
    const result = await run();
    const failed = 'runs' in result ? result.runs.some((r) => !r.ok) : false;
    notify(result.message, failed ? 'error' : 'ok');
    if ('ticketId' in result && result.ticketId !== undefined) openTicket(result.ticketId);
    return true;
  } catch (err) {
    notify(describeFailure(err), 'error');
    return false;
  } finally {
    if (button) button.disabled = false;
    await refresh();
  }
}

function wire(): void {
  el.ticketList.addEventListener('click', (e) => {
    const item = (e.target as HTMLElement).closest<HTMLElement>('[data-id]');
    if (item?.dataset.id) openTicket(Number(item.dataset.id));
  });
  window.addEventListener('hashchange', () => {
    const id = ticketFromHash();
    if (id !== undefined) openTicket(id);
  });

  followAppFrame(el.agentFrame, el.editor, el.toasts);
  const agentWrites = (button: HTMLButtonElement, action: string, what: string) => {
    const id = selectedId;
    if (id === undefined) return;
    if (el.editor.isEmpty()) return notify(`Write the ${what} first (or insert the app's draft from the sidebar).`, 'error');
    const html = el.editor.html();
    void act(button, () => postJson(`${API.ticket}/${id}/${action}`, { html })).then((ok) => {
      if (ok && selectedId === id) el.editor.clear();
    });
  };
  el.sendReply.addEventListener('click', () => agentWrites(el.sendReply, TICKET_ACTIONS.agentReply, 'reply'));
  el.addNote.addEventListener('click', () => agentWrites(el.addNote, TICKET_ACTIONS.note, 'note'));
  el.reloadApp.addEventListener('click', () => {
    if (el.agentFrame.src) el.agentFrame.src = el.agentFrame.src; // the sidebar opened again: it reads its data anew
  });

  el.replyForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const id = selectedId;
    const text = el.replyText.value;
    if (id === undefined || text.trim() === '') return;
    const button = el.replyForm.querySelector('button');
    void act(button, () => postJson(`${API.ticket}/${id}/${TICKET_ACTIONS.customerReply}`, { text })).then((ok) => {
      if (ok) el.replyText.value = '';
    });
  });
  el.resolve.addEventListener('click', () => {
    const id = selectedId;
    if (id !== undefined) void act(el.resolve, () => postJson(`${API.ticket}/${id}/${TICKET_ACTIONS.resolve}`));
  });
  byId<HTMLButtonElement>('run-job').addEventListener('click', (e) => void act(e.currentTarget as HTMLButtonElement, () => postJson(API.scheduledJob)));
  byId<HTMLButtonElement>('reset').addEventListener('click', (e) => {
    if (!window.confirm('Reset the demo? Freshdesk and Simpli go back to the seed, and $db and $schedule are wiped.')) return;
    framedId = undefined;
    void act(e.currentTarget as HTMLButtonElement, () => postJson(API.reset));
  });

  const nt = el.newTicket;
  nt.open.addEventListener('click', () => nt.dialog.showModal());
  nt.cancel.addEventListener('click', () => nt.dialog.close());
  nt.form.addEventListener('submit', (e) => {
    e.preventDefault();
    const input = { requesterId: Number(nt.requester.value), priority: Number(nt.priority.value), subject: nt.subject.value, text: nt.text.value };
    nt.dialog.close();
    void act(nt.open, () => postJson(API.newTicket, input)).then((ok) => {
      if (ok) nt.form.reset();
    });
  });

  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    tab.addEventListener('click', () => {
      for (const other of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
        const on = other === tab;
        other.setAttribute('aria-selected', String(on));
        const panel = document.getElementById(other.getAttribute('aria-controls') ?? '');
        if (panel) panel.hidden = !on;
      }
    });
  }
  el.onlyTicket.addEventListener('change', () => overviewData && renderOverview(overviewData));
}

wire();
void refresh();
window.setInterval(() => void refresh(), POLL_MS);
