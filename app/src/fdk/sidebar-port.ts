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
 * not load twice. Other events nobody hears are dropped: the next opening loads everything anyway.
 */
function platformEvents(client: FdkClient) {
  const listeners = new Set<(name: string) => void>();
  let missed = false;
  for (const name of LISTENED_EVENTS) {
    client.events.on(name, () => {
      if (listeners.size === 0 && name === 'app.activated') missed = true;
      for (const l of [...listeners]) l(name);
    });
  }
  return (listener: (name: string) => void) => {
    listeners.add(listener);
    if (missed) {
      missed = false;
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

export function createSidebarPort(client: FdkClient): SidebarPort {
  const onEvent = platformEvents(client);
  const trigger = (action: string, options: Record<string, unknown>) => client.interface.trigger(action, options);

  return {
    async ticket() {
      const ticket = readTicket(await client.data.get('ticket').catch((r: unknown) => Promise.reject(toSidebarError(r, 'Reading the ticket'))));
      if (!ticket) throw new SidebarError('invalid', 'The ticket data has no id');
      return ticket;
    },
    contact: () => client.data.get('contact').then(readContact, () => ({})),
    group: () => client.data.get('group').then((g) => text(obj(obj(g)?.group)?.name), () => undefined),
    async settings() {
      return readSettings(await client.iparams.get().catch(() => ({})));
    },
    async record(ticketId) {
      let value: unknown;
      try {
        value = await client.db.get(ticketRecordKey(ticketId));
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

