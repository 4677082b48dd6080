/**
 * POST /api/v2/tickets/{id}/notes (docs/freshdesk.md "Notes"): `body` required, `private` defaults to true, `user_id`
 * defaults to the key's agent; 201 + Location; the note joins the ticket's conversations with source 2, and
 * the ticket's updated_at moves. The answer is the full conversation object (a superset of the
 * note's documented fields: docs/freshdesk.md "Notes").
 */
import type { Ctx } from './context';
import type { ConversationJson } from './records';
import { type FieldError, isPositiveInt, msg, notFound, ok, validationFailed } from './responses';
import { htmlToText } from './text';

const NOTE_FIELDS = ['body', 'private', 'incoming', 'notify_emails', 'user_id'];
const MAX_NOTIFY = 49;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

function noteErrors(ctx: Ctx): FieldError[] {
  const b = ctx.body;
  const unknown = Object.keys(b)
    .filter((k) => !NOTE_FIELDS.includes(k))
    .map((field) => ({ field, message: msg.invalidField, code: 'invalid_field' }));
  if (unknown.length) return unknown;
  const errors: FieldError[] = [];
  if (!('body' in b)) errors.push({ field: 'body', message: msg.shouldBe('String'), code: 'missing_field' });
  else if (typeof b.body !== 'string') errors.push({ field: 'body', message: msg.shouldBe('String'), code: 'datatype_mismatch' });
  for (const k of ['private', 'incoming']) {
    if (k in b && typeof b[k] !== 'boolean') errors.push({ field: k, message: msg.shouldBe('Boolean'), code: 'datatype_mismatch' });
  }
  if ('notify_emails' in b) {
    const v = b.notify_emails;
    if (!Array.isArray(v)) errors.push({ field: 'notify_emails', message: msg.shouldBe('Array'), code: 'datatype_mismatch' });
    else if (v.length > MAX_NOTIFY) errors.push({ field: 'notify_emails', message: `It must have at most ${MAX_NOTIFY} elements`, code: 'exceeded_limit' });
    else if (v.some((e) => typeof e !== 'string' || !EMAIL.test(e))) {
      errors.push({ field: 'notify_emails', message: "It should contain elements that are in the 'valid email address' format", code: 'invalid_value' });
    }
  }
  if ('user_id' in b && !isPositiveInt(b.user_id)) errors.push({ field: 'user_id', message: msg.shouldBe('Positive Integer'), code: 'datatype_mismatch' });
  if (errors.length) return errors;
  const uid = b.user_id as number | undefined;
  if (uid !== undefined && !ctx.store.account.agents.some((a) => a.id === uid) && !ctx.store.contacts.has(uid)) {
    return [{ field: 'user_id', message: msg.noRecord('user', 'user_id'), code: 'invalid_value' }];
  }
  return [];
}

export function createNote(ctx: Ctx) {
  const t = ctx.store.tickets.get(ctx.id);
  if (!t) return notFound();
  const errors = noteErrors(ctx);
  if (errors.length) return validationFailed(errors);

  const b = ctx.body;
  const now = ctx.store.now();
  const isPrivate = (b.private as boolean | undefined) ?? true;
  const incoming = (b.incoming as boolean | undefined) ?? false;
  const note: ConversationJson = {
    body: b.body as string,
    body_text: htmlToText(b.body as string),
    id: ctx.store.nextConversationId(),
    incoming,
    private: isPrivate,
    user_id: (b.user_id as number | undefined) ?? ctx.key.agent_id,
    support_email: null,
    source: 2,
    category: incoming ? 1 : isPrivate ? 2 : 3,
    ticket_id: t.id,
    to_emails: (b.notify_emails as string[] | undefined) ?? [],
    from_email: null,
    cc_emails: [],
    bcc_emails: [],
    email_failure_count: null,
    outgoing_failures: null,
    created_at: now,
    updated_at: now,
    attachments: [],
    source_additional_info: null,
  };
  const list = ctx.store.conversations.get(t.id) ?? [];
  list.push(note);
  ctx.store.conversations.set(t.id, list);
  ctx.store.notesCreated.push(note);
  t.updated_at = now;
  return ok(note, 201, { Location: `${ctx.base}/api/v2/conversations/${note.id}` });
}

