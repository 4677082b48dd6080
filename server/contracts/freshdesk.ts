/**
 * Freshdesk response bodies we read (docs/freshdesk.md "Viewing a ticket", "Ticket fields"). GET /ticket_fields alone
 * gives the ticket types, the groups (the `group` field's name → id choices) and every custom field: one request for
 * the whole schema triage writes against.
 */
import * as z from 'zod/mini';

const ticketField = z.looseObject({
  name: z.string(),
  label: z.nullish(z.string()),
  type: z.string(),
  choices: z.optional(z.unknown()),
});

export const ticketFieldsSchema = z.array(ticketField);

export type TicketField = z.infer<typeof ticketField>;

/** GET /tickets/:id — the fields a resumed triage needs (the event payload is gone by then). */
export const ticketSchema = z.looseObject({
  id: z.int(),
  subject: z.nullish(z.string()),
  description_text: z.nullish(z.string()),
  status: z.int(),
  priority: z.nullish(z.int()),
  type: z.nullish(z.string()),
  group_id: z.nullish(z.int()),
  requester_id: z.nullish(z.int()),
  responder_id: z.nullish(z.int()),
  source: z.nullish(z.int()),
  tags: z.nullish(z.array(z.string())),
  custom_fields: z.nullish(z.record(z.string(), z.unknown())),
  created_at: z.nullish(z.string()),
  updated_at: z.nullish(z.string()),
});

export type FreshdeskTicket = z.infer<typeof ticketSchema>;

/** POST /tickets/:id/notes → 201 (docs/freshdesk.md "Notes"). */
export const noteSchema = z.looseObject({ id: z.int() });

/** GET /tickets/:id/conversations items (docs/freshdesk.md "Conversations and pagination"). */
export const conversationSchema = z.looseObject({
  id: z.int(),
  body: z.nullish(z.string()),
  body_text: z.nullish(z.string()),
  incoming: z.nullish(z.boolean()),
  private: z.nullish(z.boolean()),
  user_id: z.nullish(z.int()),
});
export const conversationsSchema = z.array(conversationSchema);
export type FreshdeskConversation = z.infer<typeof conversationSchema>;

/**
 * GET /contact_fields items (docs/freshdesk.md "Contact fields"). Dropdown `choices` are read as strings, or as the
 * `{ value }` objects the create API takes, whichever the account answers; other shapes mean "no values".
 */
export const contactFieldsSchema = z.array(
  z.looseObject({
    name: z.string(),
    label: z.nullish(z.string()),
    type: z.string(),
    choices: z.optional(z.unknown()),
  }),
);
/** The choices' values, or undefined when any choice has another shape (read by hand: zod/mini's pipe costs ~1.3 KB). */
export function readChoiceValues(choices: unknown): string[] | undefined {
  if (!Array.isArray(choices)) return undefined;
  const values = choices.map((c: unknown) => (typeof c === 'string' ? c : typeof (c as { value?: unknown } | null)?.value === 'string' ? (c as { value: string }).value : undefined));
  return values.every((v): v is string => v !== undefined) ? values : undefined;
}

/** PUT /contacts/:id → 200 with the contact (docs/freshdesk.md "Contacts"). */
export const contactSchema = z.looseObject({ id: z.int() });

/**
 * POST /admin/ticket_fields and POST /contact_fields → 201 with the new field (docs/freshdesk.md "Contact fields",
 * "Creating ticket fields"). Its `name` is the key to write under: Freshdesk derives it from the label and may
 * suffix it.
 */
export const createdFieldSchema = z.looseObject({
  name: z.string().check(z.minLength(1)),
  label: z.nullish(z.string()),
  type: z.string(),
  choices: z.optional(z.unknown()),
});

/** GET /api/v2/tickets?include=description: whole tickets, as GET /tickets/:id has them. */
export const ticketPageSchema = z.array(ticketSchema);

/** A Solutions list of categories or folders (docs/freshdesk.md "Solutions (knowledge base)"): their ids. */
export const solutionNodesSchema = z.array(z.looseObject({ id: z.int() }));

/** A Solutions articles page (docs/freshdesk.md "Solutions (knowledge base)"). */
export const solutionArticlesSchema = z.array(
  z.looseObject({
    id: z.int(),
    status: z.int(),
    updated_at: z.string(),
    title: z.string(),
    description_text: z.nullish(z.string()),
    tags: z.nullish(z.array(z.string())),
  }),
);

/** GET /api/v2/tickets items (https://developers.freshdesk.com/api/#list_all_tickets): no description, tags included. */
export const ticketListSchema = z.array(
  z.looseObject({
    id: z.int(),
    created_at: z.string(),
    updated_at: z.string(),
    priority: z.nullish(z.int()),
    tags: z.nullish(z.array(z.string())),
  }),
);
