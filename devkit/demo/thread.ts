/**
 * Small builders that keep the demo tickets readable: HTML from paragraphs, conversations from a script of
 * who-said-what, timestamps from minute offsets, and the SLA dates Freshdesk would have stamped.
 * Conversation ids are `ticketId * 100 + n` (ticket 1009's 7th entry is 100907), so they never collide.
 */
import type { SeedContact, SeedConversation, SeedTicket } from '../fakes/freshdesk/account';
import { contactById, SUPPORT_EMAIL } from './people';

/** Paragraphs → the `<div>` blocks Freshdesk's editor and email parser produce. Text is used as given (HTML). */
export function html(...paragraphs: string[]): string {
  return paragraphs.map((p) => `<div>${p}</div>`).join('');
}

/** An HTML bullet list. */
export function list(...items: string[]): string {
  return `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** ISO timestamp `minutes` after `iso` (UTC, to the second, as the API prints them). */
export function after(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** One line of a ticket's script. `after` is minutes since the previous line (or since the ticket was created). */
export type Line =
  | { customer: string; after?: number }
  | { agent: number; reply: string; after?: number }
  | { agent: number; note: string; after?: number };

export const customer = (body: string, afterMinutes = 90): Line => ({ customer: body, after: afterMinutes });
export const reply = (agent: number, body: string, afterMinutes = 45): Line => ({ agent, reply: body, after: afterMinutes });
export const note = (agent: number, body: string, afterMinutes = 5): Line => ({ agent, note: body, after: afterMinutes });

/**
 * The conversations of one ticket, oldest first, as the API would list them (docs/freshdesk.md
 * "Conversations and pagination").
 */
export function conversations(ticketId: number, requesterId: number, createdAt: string, lines: Line[]): SeedConversation[] {
  const requester: SeedContact = contactById(requesterId);
  const requesterEmail = requester.email ?? null;
  let at = createdAt;
  return lines.map((line, i): SeedConversation => {
    at = after(at, line.after ?? 60);
    const id = ticketId * 100 + i + 1;
    if ('customer' in line) {
      return {
        id,
        body: line.customer,
        user_id: requesterId,
        incoming: true,
        from_email: requesterEmail ? `${requester.name} <${requesterEmail}>` : null,
        to_emails: [SUPPORT_EMAIL],
        support_email: SUPPORT_EMAIL,
        created_at: at,
      };
    }
    if ('reply' in line) {
      return {
        id,
        body: line.reply,
        user_id: line.agent,
        from_email: `"Acme Home Support" <${SUPPORT_EMAIL}>`,
        to_emails: requesterEmail ? [requesterEmail] : [],
        support_email: SUPPORT_EMAIL,
        created_at: at,
      };
    }
    return { id, body: line.note, user_id: line.agent, private: true, created_at: at };
  });
}

/** First-response and resolution targets by priority (Acme's SLA policy), in hours. */
const SLA_HOURS: Readonly<Record<number, { first: number; resolve: number }>> = {
  1: { first: 24, resolve: 72 },
  2: { first: 8, resolve: 48 },
  3: { first: 4, resolve: 24 },
  4: { first: 1, resolve: 4 },
};

export interface TicketScript extends Omit<SeedTicket, 'conversations' | 'created_at'> {
  created_at: string;
  thread?: Line[];
}

/**
 * A ticket with its conversations built from the script, `updated_at` at its last activity, SLA due dates
 * from its priority, and the mailbox fields an email ticket carries.
 */
export function ticket(t: TicketScript): SeedTicket {
  const { thread, ...rest } = t;
  const convs = thread ? conversations(t.id, t.requester_id, t.created_at, thread) : [];
  const last = convs.at(-1)?.created_at ?? t.created_at;
  const sla = SLA_HOURS[t.priority ?? 1] ?? { first: 24, resolve: 72 };
  const source = t.source ?? 1;
  return {
    ...rest,
    source,
    fr_due_by: t.fr_due_by ?? after(t.created_at, sla.first * 60),
    due_by: t.due_by ?? after(t.created_at, sla.resolve * 60),
    ...(source === 1 ? { to_emails: t.to_emails ?? [SUPPORT_EMAIL] } : {}),
    updated_at: t.updated_at ?? last,
    ...(convs.length > 0 ? { conversations: convs } : {}),
  };
}
