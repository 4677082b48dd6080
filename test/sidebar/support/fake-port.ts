/**
 * A SidebarPort for component tests: answers from fixtures (a value, an Error to reject with, or a function for
 * a pending promise), records every call, and counts platform operations the way the real port spends them.
 */
import type { DraftFeedback, DraftRequest, NotifyType, RetryOutcome, SidebarPort } from '../../../app/src/port';
import type { Contact, CustomerSentiment, Draft, SidebarRecord, SidebarSettings, TicketContext } from '../../../app/src/port';
import { history, record, settings, ticket } from './fixtures';

type Answer<T> = T | Error | (() => Promise<T>);

export interface FakeAnswers {
  ticket: Answer<TicketContext>;
  contact: Contact;
  group: string | undefined;
  settings: SidebarSettings;
  record: Answer<SidebarRecord | undefined>;
  customer: Answer<CustomerSentiment>;
  draft: Answer<Draft>;
  saveDraft: Answer<void>;
  feedback: Answer<void>;
  retry: Answer<RetryOutcome>;
  insert: Answer<void>;
}

/** Calls that spend a platform operation (template request, `$db`, SMI), as in app/src/port.ts. */
const PAID = new Set(['record', 'saveDraft', 'customerSentiment', 'draft', 'sendFeedback', 'retryTicket']);

function answer<T>(a: Answer<T>): Promise<T> {
  if (a instanceof Error) return Promise.reject(a);
  if (typeof a === 'function') return (a as () => Promise<T>)();
  return Promise.resolve(a);
}

export class FakePort implements SidebarPort {
  readonly calls: Array<{ method: string; args: unknown[] }> = [];
  readonly notices: Array<{ type: NotifyType; message: string }> = [];
  readonly heights: number[] = [];
  answers: FakeAnswers;
  private listeners = new Set<(name: string) => void>();

  constructor(answers: Partial<FakeAnswers> = {}, private readonly autoActivate = true) {
    this.answers = {
      ticket: ticket(),
      contact: { name: 'Dana', language: 'en' },
      group: undefined,
      settings: settings(),
      record: record(),
      customer: history([0.4, -0.2]),
      draft: { id: 'drf_2', text: 'Sehr geehrte Dana,\n\nneu.', confidence: 0.7, language: 'de', style: 'formal' },
      saveDraft: undefined,
      feedback: undefined,
      retry: { retried: true },
      insert: undefined,
      ...answers,
    };
  }

  private note(method: string, ...args: unknown[]) {
    this.calls.push({ method, args });
  }

  /** Platform operations spent so far. */
  ops(): number {
    return this.calls.filter((c) => PAID.has(c.method)).length;
  }

  callsTo(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** The agent opens the app again. */
  activate(): void {
    this.fire('app.activated');
  }

  /** The platform fires an event into the app (docs/platform.md "Front end: events the ticket sidebar receives"). */
  fire(name: string): void {
    for (const l of [...this.listeners]) l(name);
  }

  ticket = () => (this.note('ticket'), answer(this.answers.ticket));
  contact = () => (this.note('contact'), Promise.resolve(this.answers.contact));
  group = () => (this.note('group'), Promise.resolve(this.answers.group));
  settings = () => (this.note('settings'), Promise.resolve(this.answers.settings));
  record = (id: number) => (this.note('record', id), answer(this.answers.record));
  customerSentiment = (id: number) => (this.note('customerSentiment', id), answer(this.answers.customer));
  draft = (req: DraftRequest) => (this.note('draft', req), answer(this.answers.draft));
  saveDraft = (id: number, draft: Draft) => (this.note('saveDraft', id, draft), answer(this.answers.saveDraft));
  sendFeedback = (fb: DraftFeedback) => (this.note('sendFeedback', fb), answer(this.answers.feedback));
  retryTicket = (id: number) => (this.note('retryTicket', id), answer(this.answers.retry));
  insertIntoReply = (html: string) => (this.note('insertIntoReply', html), answer(this.answers.insert));
  notify = (type: NotifyType, message: string) => {
    this.notices.push({ type, message });
    return Promise.resolve();
  };
  resize = (height: number) => void this.heights.push(height);
  onEvent = (listener: (name: string) => void) => {
    this.listeners.add(listener);
    if (this.autoActivate) queueMicrotask(() => listener('app.activated'));
    return () => void this.listeners.delete(listener);
  };
}
