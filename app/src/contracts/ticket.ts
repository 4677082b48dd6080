/** The `ticket` and `contact` data objects (docs/platform.md "Front end: the data method"), reduced to what the sidebar uses. */
import { num, obj, str, text } from './read';

export interface TicketContext {
  id: number;
  subject: string;
  /** Plain text of the first message (what the server drafts from, too). */
  description: string;
  requesterId?: number;
  /** Freshdesk status: 4 Resolved, 5 Closed. */
  status?: number;
}

export function readTicket(value: unknown): TicketContext | undefined {
  const t = obj(obj(value)?.ticket);
  const id = num(t?.id);
  if (!t || id === undefined) return undefined;
  const requesterId = num(t.requester_id);
  const status = num(t.status);
  return {
    id,
    subject: str(t.subject) ?? '',
    description: str(t.description_text) ?? '',
    ...(requesterId === undefined ? {} : { requesterId }),
    ...(status === undefined ? {} : { status }),
  };
}

export interface Contact {
  /** For "across Dana's tickets". */
  name?: string;
  /** The requester's language: what a draft is written in when the admin set none (as the server drafts). */
  language?: string;
}

export function readContact(value: unknown): Contact {
  const c = obj(obj(value)?.contact);
  const name = text(c?.name);
  const language = text(c?.language);
  return { ...(name === undefined ? {} : { name }), ...(language === undefined ? {} : { language }) };
}
