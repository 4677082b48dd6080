/**
 * SidebarPort over the FDK client. Template names, the `$db` key and the SMI name live here and nowhere else;
 * every answer is read through contracts/ before it reaches a hook.
 */
import { readCustomerSentiment } from '../contracts/customer-sentiment';
import { readQa, readRecord, readSentiment, readTriage, ticketRecordKey } from '../contracts/record';
import { readDraftAnswer } from '../contracts/reply';
import { obj, str, text } from '../contracts/read';
import { readSettings } from '../contracts/settings';
import { readContact, readTicket } from '../contracts/ticket';
import { SidebarError, type RetryOutcome, type SidebarPort } from '../port';
import { LISTENED_EVENTS } from '../view-models/live';
import type { FdkClient, TemplateArgs } from './client';
import { isNotFound, toSidebarError } from './rejections';

/** docs/platform.md "Front end: bootstrapping and the frame": the sidebar frame is at most 700 px tall. */
export const MAX_HEIGHT_PX = 700;
/**
 * The request body limit is 100 KB (docs/platform.md "Request templates: limits"); 20 000 characters stay under it even
 * at 4 bytes each.
 */
const MAX_MESSAGE_CHARS = 20_000;

/**
 * Front-end templates (config/requests.json): no `context` in host or headers (docs/platform.md
 * "Request templates: substitution").
 */
const TEMPLATES = {
  customerSentiment: 'simpliCustomerSentiment',
  draft: 'simpliSidebarDraft',
  feedback: 'simpliDraftFeedback',
} as const;

async function callTemplate(client: FdkClient, name: string, args: TemplateArgs, what: string): Promise<unknown> {
  let answer: unknown;
  try {
    answer = await client.request.invokeTemplate(name, args);
  } catch (rejection) {
    throw toSidebarError(rejection, what);
  }
  const body = str(obj(answer)?.response);
  if (body === undefined || body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new SidebarError('invalid', `${what} answered something that is not JSON`);
  }
}

/**
 * The platform's events, registered once right after initialisation as documented (docs/platform.md "Front end:
 * events the ticket sidebar receives"). app.activated may fire before any component listens (the client fires it
 * right after initialisation), so the first opening is remembered until someone listens — once, so a remount does
 * not load twice. Other events nobody hears are dropped: the next opening loads everything anyway. `opened` runs at
 * the first opening, listened to or not.
 */
function platformEvents(client: FdkClient, opened: () => void) {
  const listeners = new Set<(name: string) => void>();
  // Open now (activated, not deactivated since): a listener that joins later is told so (boot.ts's first view and
  // the React app each join when they are ready).
  let open = false;
  let first = true;
  for (const name of LISTENED_EVENTS) {
    client.events.on(name, () => {
      if (name === 'app.activated' && first) {
        first = false;
        opened();
      }
      if (name === 'app.activated') open = true;
      if (name === 'app.deactivated') open = false;
      for (const l of [...listeners]) l(name);
    });
  }
  return (listener: (name: string) => void) => {
    listeners.add(listener);
    if (open) {
      queueMicrotask(() => {
        if (listeners.has(listener)) listener('app.activated');
      });
    }
    return () => void listeners.delete(listener);
  };
}

/** retryTicket's answer `{ ticket_id, retried, triage, sentiment, qa }` (server/workflows/retry-ticket.ts). */
function readOutcome(answer: unknown): RetryOutcome {
  const r = obj(obj(answer)?.response);
  const triage = readTriage(r?.triage);
  const sentiment = readSentiment(r?.sentiment);
  const qa = readQa(r?.qa);
  return { retried: r?.retried === true, ...(triage ? { triage } : {}), ...(sentiment ? { sentiment } : {}), ...(qa ? { qa } : {}) };
}

/**
 * A call that may be made ahead: `start()` makes it (once, and only before its first use), the first use takes its
 * answer, later uses call again.
 */
function ahead<T>(call: () => Promise<T>): { start(): void; use(): Promise<T> } {
  let next: Promise<T> | undefined;
  let used = false;
  return {
    start() {
      if (used || next) return;
      next = call();
      next.catch(() => undefined); // its own caller sees the rejection
    },
    use() {
      used = true;
      const answer = next ?? call();
      next = undefined;
      return answer;
    },
  };
}


/**
 * `prefetch`: the first opening's calls start as early as they may — the free ones (data, iparams) now, the record
 * (1 `$db` operation) when the agent opens the app, which is when the sidebar reads it anyway (docs/platform.md
 * "Budgets per installation": nothing is spent before). The first use of each takes that answer.
 */
export function createSidebarPort(client: FdkClient, { prefetch = false }: { prefetch?: boolean } = {}): SidebarPort {
  const settings = ahead(() => client.iparams.get());
  const contact = ahead(() => client.data.get('contact'));
  const group = ahead(() => client.data.get('group'));
  // The ticket first, alone: its id names the record, the first view's only other call. The rest once that is read.
  const startTheRest = () => [settings, contact, group].forEach((call) => call.start());
  const ticketEarly = prefetch ? client.data.get('ticket') : undefined;
  ticketEarly?.catch(() => undefined); // its own caller sees the rejection
  let ticketNext = ticketEarly;
  const ticketData = () => {
    const answer = ticketNext ?? client.data.get('ticket');
    ticketNext = undefined;
    return answer;
  };
  const settingsData = () => settings.use();
  const contactData = () => contact.use();
  const groupData = () => group.use();
  let recordEarly: Promise<{ id: number; value: Promise<unknown> } | undefined> | undefined;
  const onEvent = platformEvents(client, () => {
    if (!ticketEarly) return;
    recordEarly = ticketEarly.then(
      (t) => {
        const id = readTicket(t)?.id;
        if (id === undefined) return undefined;
        const value = client.db.get(ticketRecordKey(id));
        value.then(startTheRest, startTheRest);
        value.catch(() => undefined); // its reader sees the rejection
        return { id, value };
      },
      () => undefined,
    );
  });
  /** The record read at the first opening, once, if it is this ticket's. */
  const takeEarlyRecord = async (ticketId: number): Promise<Promise<unknown> | undefined> => {
    const early = await recordEarly;
    recordEarly = undefined;
    return early?.id === ticketId ? early.value : undefined;
  };
  const trigger = (action: string, options: Record<string, unknown>) => client.interface.trigger(action, options);

  return {
    async ticket() {
      const ticket = readTicket(await ticketData().catch((r: unknown) => Promise.reject(toSidebarError(r, 'Reading the ticket'))));
      if (!ticket) throw new SidebarError('invalid', 'The ticket data has no id');
      return ticket;
    },
    contact: () => contactData().then(readContact, () => ({})),
    group: () => groupData().then((g) => text(obj(obj(g)?.group)?.name), () => undefined),
    async settings() {
      return readSettings(await settingsData().catch(() => ({})));
    },
    async record(ticketId) {
      let value: unknown;
      try {
        value = await ((await takeEarlyRecord(ticketId)) ?? client.db.get(ticketRecordKey(ticketId)));
      } catch (rejection) {
        if (isNotFound(rejection)) return undefined;
        throw toSidebarError(rejection, 'Reading the ticket record');
      }
      const record = readRecord(value);
      if (!record) throw new SidebarError('invalid', 'The ticket record is not readable');
      return record;
    },
    async customerSentiment(customerId) {
      const body = await callTemplate(client, TEMPLATES.customerSentiment, { context: { customer_id: String(customerId) } }, 'Sentiment history');
      const sentiment = readCustomerSentiment(body);
      if (!sentiment) throw new SidebarError('invalid', 'Sentiment history is not readable');
      return sentiment;
    },
    async draft({ ticketId, message, style, language }) {
      const body = JSON.stringify({
        ticket_id: String(ticketId),
        conversation: [{ role: 'customer', content: message.slice(0, MAX_MESSAGE_CHARS) }],
        style,
        language,
      });
      const draft = readDraftAnswer(await callTemplate(client, TEMPLATES.draft, { body }, 'Drafting'), style);
      if (!draft) throw new SidebarError('invalid', 'Simpli Reply sent no draft');
      return draft;
    },
    async saveDraft(ticketId, draft) {
      try {
        await client.db.update(ticketRecordKey(ticketId), 'set', { sidebarDraft: { ...draft } });
      } catch (rejection) {
        throw toSidebarError(rejection, 'Saving the draft');
      }
    },
    async sendFeedback({ draftId, accepted, editedText }) {
      const body = JSON.stringify({ draft_id: draftId, accepted, edited_text: editedText });
      await callTemplate(client, TEMPLATES.feedback, { body }, 'Sending feedback');
    },
    async retryTicket(ticketId) {
      let answer: unknown;
      try {
        answer = await client.request.invoke('retryTicket', { ticket_id: ticketId });
      } catch (rejection) {
        throw toSidebarError(rejection, 'Retry');
      }
      return readOutcome(answer);
    },
    async insertIntoReply(html) {
      const insert = () => trigger('setValue', { id: 'editor', text: html });
      try {
        await insert();
      } catch {
        // No reply editor open: open it (docs/platform.md "Front end: the interface method and events" `click`
        // on "reply"), then insert once more.
        try {
          await trigger('click', { id: 'reply' });
          await insert();
        } catch (rejection) {
          throw toSidebarError(rejection, 'Inserting into the reply');
        }
      }
    },
    async notify(type, message) {
      await trigger('showNotify', { type, title: 'Simpli', message }).catch(() => undefined);
    },
    resize(heightPx) {
      const height = Math.max(1, Math.min(MAX_HEIGHT_PX, Math.ceil(heightPx)));
      Promise.resolve(client.instance.resize({ height: `${height}px` })).catch(() => undefined);
    },
    onEvent,
  };
}

