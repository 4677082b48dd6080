/** The `ticket` and `contact` data objects (docs/platform.md "Front end: the data method"), reduced to what the sidebar uses. */
import { AI_CATEGORY_TAG, AI_URGENCY_TAG } from '../../../server/domain/tags';
import { list, num, obj, str, text } from './read';

export interface TicketContext {
  id: number;
  subject: string;
  /** Plain text of the first message (what the server drafts from, too). */
  description: string;
  requesterId?: number;
  /** Freshdesk status: 4 Resolved, 5 Closed. */
  status?: number;
  /** The classification in the ticket's tags, when triage left one (the first view shows it). */
  tagged?: TaggedClassification;
}

export function readTicket(value: unknown): TicketContext | undefined {
  const t = obj(obj(value)?.ticket);
  const id = num(t?.id);
  if (!t || id === undefined) return undefined;
  const requesterId = num(t.requester_id);
  const status = num(t.status);
  const tagged = readTaggedClassification(value);
  return {
    id,
    subject: str(t.subject) ?? '',
    description: str(t.description_text) ?? '',
    ...(requesterId === undefined ? {} : { requesterId }),
    ...(status === undefined ? {} : { status }),
    ...(tagged === undefined ? {} : { tagged }),
  };
}

/** The classification triage left on the ticket as its tags (server/domain/tags.ts), in the tags' own words. */
export interface TaggedClassification {
  category: string;
  urgency?: string;
}

/** The ticket data's `ai-category:` and `ai-urgency:` tags; undefined without a category (the app never triaged it). */
export function readTaggedClassification(value: unknown): TaggedClassification | undefined {
  const tags = list(obj(obj(value)?.ticket)?.tags, text).map((t) => t.trim().toLowerCase());
  const tagged = (prefix: string) => tags.find((t) => t.startsWith(prefix) && t.length > prefix.length)?.slice(prefix.length);
  const category = tagged(AI_CATEGORY_TAG);
  const urgency = tagged(AI_URGENCY_TAG);
  return category === undefined ? undefined : { category, ...(urgency === undefined ? {} : { urgency }) };
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
