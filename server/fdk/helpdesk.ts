/**
 * HelpdeskPort over the Freshdesk request templates (docs/freshdesk.md "Updating a ticket", "Notes", "Ticket fields").
 */
import { contactFieldsSchema, contactSchema, conversationsSchema, createdFieldSchema, noteSchema, ticketFieldsSchema, solutionArticlesSchema, solutionNodesSchema, ticketListSchema, ticketPageSchema, ticketSchema } from '../contracts/freshdesk';
import { toContactFields } from './read-contact-fields';
import { customTicketFields, toAccountSchema } from './read-ticket-fields';
import { contactFieldBody, ticketFieldBody, toCreatedField } from './field-create';
import { toTicketSnapshot } from '../contracts/ticket-snapshot';
import type { FreshdeskTicket } from '../contracts/freshdesk';
import type { HelpdeskPort, TicketSnapshot } from '../ports';
import { parseResponse } from './parse';
import type { TemplateClient } from './request';

/**
 * The largest page Freshdesk serves (docs/freshdesk.md "Conversations and pagination"): fewer requests per long
 * conversation.
 */
export const CONVERSATIONS_PER_PAGE = 100;
/** The largest Solutions page: the fewest requests for a walk. */
export const SOLUTIONS_PER_PAGE = 100;
/** The largest ticket-list page (https://developers.freshdesk.com/api/#pagination). */
export const TICKETS_PER_PAGE = 100;

/** What sentiment and QA retries read again besides triage's fields: the source (channel), the requester and the responder. */
function snapshotOf(ticket: FreshdeskTicket): TicketSnapshot {
  return { ...toTicketSnapshot(ticket), status: ticket.status, source: ticket.source, requester_id: ticket.requester_id, responder_id: ticket.responder_id };
}

export function createHelpdesk(templates: TemplateClient): HelpdeskPort {
  const readTicketFields = async () => {
    const fields = parseResponse('freshdeskListTicketFields', ticketFieldsSchema, await templates.call('freshdeskListTicketFields'));
    return { custom: customTicketFields(fields), schema: toAccountSchema(fields) };
  };
  return {
    async getTicket(ticketId) {
      const body = await templates.call('freshdeskGetTicket', { context: { ticket_id: ticketId } });
      return snapshotOf(parseResponse('freshdeskGetTicket', ticketSchema, body));
    },
    async listTickets(since, page) {
      // order_by=updated_at asc: a pass cut off early resumes from the last update it saw (docs/platform.md).
      const body = await templates.call('freshdeskListTickets', {
        query: { updated_since: new Date(since).toISOString(), order_by: 'updated_at', order_type: 'asc', per_page: TICKETS_PER_PAGE, page },
      });
      const items = parseResponse('freshdeskListTickets', ticketListSchema, body);
      const tickets = items.map((t) => ({ id: t.id, createdAt: Date.parse(t.created_at), updatedAt: Date.parse(t.updated_at), priority: t.priority, tags: t.tags ?? [] }));
      return { tickets, more: items.length === TICKETS_PER_PAGE };
    },
    async readTicketsUpdatedSince(since) {
      const body = await templates.call('freshdeskListTickets', {
        query: { updated_since: new Date(since).toISOString(), order_by: 'updated_at', order_type: 'asc', per_page: TICKETS_PER_PAGE, include: 'description' },
      });
      return parseResponse('freshdeskListTickets', ticketPageSchema, body).map(snapshotOf);
    },
    async listConversations(ticketId, page) {
      const body = await templates.call('freshdeskListConversations', {
        context: { ticket_id: ticketId },
        query: { page, per_page: CONVERSATIONS_PER_PAGE },
      });
      const items = parseResponse('freshdeskListConversations', conversationsSchema, body);
      return {
        entries: items.map((c) => ({
          id: c.id,
          text: c.body_text ?? '',
          ...(c.body ? { html: c.body } : {}),
          incoming: c.incoming ?? false,
          private: c.private ?? false,
          userId: c.user_id,
        })),
        // A full page may have a successor; the next call then returns an empty page (docs/freshdesk.md
        // "Conversations and pagination").
        more: items.length === CONVERSATIONS_PER_PAGE,
      };
    },
    async updateTicket(ticketId, update) {
      const body = await templates.call('freshdeskUpdateTicket', { context: { ticket_id: ticketId }, body: JSON.stringify(update) });
      // 200 carries the updated ticket (docs/freshdesk.md "Updating a ticket"); anything else is not a confirmed
      // update.
      parseResponse('freshdeskUpdateTicket', ticketSchema, body);
    },
    async createPrivateNote(ticketId, html) {
      const body = await templates.call('freshdeskCreateNote', {
        context: { ticket_id: ticketId },
        body: JSON.stringify({ body: html, private: true }),
      });
      parseResponse('freshdeskCreateNote', noteSchema, body);
    },
    async ticketSchema() {
      return (await readTicketFields()).schema;
    },
    readTicketFields,
    async createTicketField(spec) {
      const body = await templates.call('freshdeskCreateTicketField', { body: JSON.stringify(ticketFieldBody(spec)) });
      return toCreatedField(parseResponse('freshdeskCreateTicketField', createdFieldSchema, body), spec);
    },
    async createContactField(spec) {
      const body = await templates.call('freshdeskCreateContactField', { body: JSON.stringify(contactFieldBody(spec)) });
      return toCreatedField(parseResponse('freshdeskCreateContactField', createdFieldSchema, body), spec);
    },
    async updateContact(contactId, customFields) {
      const body = await templates.call('freshdeskUpdateContact', {
        context: { contact_id: contactId },
        body: JSON.stringify({ custom_fields: customFields }),
      });
      // 200 carries the updated contact (docs/freshdesk.md "Contacts"); anything else is not a confirmed update.
      parseResponse('freshdeskUpdateContact', contactSchema, body);
    },
    async contactFields() {
      return toContactFields(parseResponse('freshdeskListContactFields', contactFieldsSchema, await templates.call('freshdeskListContactFields')));
    },
    async listSolutions(step) {
      const query = { page: step.page, per_page: SOLUTIONS_PER_PAGE };
      if (step.list === 'articles') {
        // The published text, not a newer unsaved draft (docs/freshdesk.md "Solutions (knowledge base)").
        const body = await templates.call('freshdeskListSolutionArticles', { context: { folder_id: step.folderId }, query: { ...query, prefer_published: 'true' } });
        const items = parseResponse('freshdeskListSolutionArticles', solutionArticlesSchema, body);
        const articles = items.map((a) => ({ id: a.id, status: a.status, updatedAt: a.updated_at, title: a.title, text: a.description_text ?? '', tags: a.tags ?? [] }));
        return { ids: [], articles, more: items.length === SOLUTIONS_PER_PAGE };
      }
      const [template, context] =
        step.list === 'categories' ? (['freshdeskListSolutionCategories', {}] as const)
        : step.list === 'folders' ? (['freshdeskListSolutionFolders', { category_id: step.categoryId }] as const)
        : (['freshdeskListSolutionSubfolders', { folder_id: step.folderId }] as const);
      const items = parseResponse(template, solutionNodesSchema, await templates.call(template, { context, query }));
      return { ids: items.map((n) => n.id), articles: [], more: items.length === SOLUTIONS_PER_PAGE };
    },
  };
}
