/**
 * Freshdesk response bodies we read (docs/freshdesk.md "Viewing a ticket", "Ticket fields"). GET /ticket_fields alone
 * gives the ticket types, the groups (the `group` field's name → id choices) and every custom field: one request for
 * the whole schema triage writes against.
 */
import { z } from 'zod';

const ticketField = z.looseObject({
  name: z.string(),
  label: z.string().nullish(),
  type: z.string(),
  choices: z.unknown().optional(),
});

export const ticketFieldsSchema = z.array(ticketField);

export type TicketField = z.infer<typeof ticketField>;

/** GET /tickets/:id — the fields a resumed triage needs (the event payload is gone by then). */
export const ticketSchema = z.looseObject({
  id: z.number().int(),
  subject: z.string().nullish(),
  description_text: z.string().nullish(),
  status: z.number().int(),
  priority: z.number().int().nullish(),
  type: z.string().nullish(),
  group_id: z.number().int().nullish(),
  requester_id: z.number().int().nullish(),
  responder_id: z.number().int().nullish(),
  source: z.number().int().nullish(),
  tags: z.array(z.string()).nullish(),
  custom_fields: z.record(z.string(), z.unknown()).nullish(),
  created_at: z.string().nullish(),
  updated_at: z.string().nullish(),
});

export type FreshdeskTicket = z.infer<typeof ticketSchema>;

/** POST /tickets/:id/notes → 201 (docs/freshdesk.md "Notes"). */
export const noteSchema = z.looseObject({ id: z.number().int() });

/** GET /tickets/:id/conversations items (docs/freshdesk.md "Conversations and pagination"). */
export const conversationSchema = z.looseObject({
  id: z.number().int(),
  body: z.string().nullish(),
  body_text: z.string().nullish(),
  incoming: z.boolean().nullish(),
  private: z.boolean().nullish(),
  user_id: z.number().int().nullish(),
});
export const conversationsSchema = z.array(conversationSchema);
export type FreshdeskConversation = z.infer<typeof conversationSchema>;

/**
 * GET /contact_fields items (docs/freshdesk.md "Contact fields"). Dropdown `choices` are read as strings, or as the
 * `{ value }` objects the create API takes, whichever the account answers; other shapes mean "no values".
 */
const choiceValue = z.union([z.string(), z.looseObject({ value: z.string() }).transform((c) => c.value)]);
export const contactFieldsSchema = z.array(
  z.looseObject({
    name: z.string(),
    label: z.string().nullish(),
    type: z.string(),
    choices: z.unknown().optional(),
  }),
);
export const contactFieldChoicesSchema = z.array(choiceValue);

/** PUT /contacts/:id → 200 with the contact (docs/freshdesk.md "Contacts"). */
export const contactSchema = z.looseObject({ id: z.number().int() });

/**
 * POST /admin/ticket_fields and POST /contact_fields → 201 with the new field (docs/freshdesk.md "Contact fields",
 * "Creating ticket fields"). Its `name` is the key to write under: Freshdesk derives it from the label and may
 * suffix it.
 */
export const createdFieldSchema = z.looseObject({
  name: z.string().min(1),
  label: z.string().nullish(),
  type: z.string(),
  choices: z.unknown().optional(),
});

/** GET /api/v2/tickets?include=description: whole tickets, as GET /tickets/:id has them. */
export const ticketPageSchema = z.array(ticketSchema);

/** GET /api/v2/tickets items (https://developers.freshdesk.com/api/#list_all_tickets): no description, tags included. */
export const ticketListSchema = z.array(
  z.looseObject({
    id: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
    priority: z.number().int().nullish(),
    tags: z.array(z.string()).nullish(),
  }),
);
