/**
 * The routes the fake serves. A path matching none is an unknown route (404, empty body); a known path with
 * another verb is 405 + Allow (docs/freshdesk.md "Error responses"). Routes the app does not use (ticket create,
 * search, …) are absent.
 */
import { createTicketField, getAdminTicketField, listAdminTicketFields } from './admin-ticket-fields';
import { createContactField, listContactFields } from './contact-fields';
import { getContact, updateContact } from './contacts';
import type { Route } from './context';
import { listConversations } from './conversations';
import { getGroup, listGroups } from './groups';
import { createNote } from './notes';
import {
  getArticle,
  getCategory,
  getFolder,
  listArticles,
  listCategories,
  listFolders,
  listSubfolders,
} from './solutions';
import { listTicketFields } from './ticket-fields';
import { listTickets } from './ticket-list';
import { updateTicket } from './ticket-update';
import { getTicket } from './tickets';

export const ROUTES: readonly Route[] = [
  { pattern: '/api/v2/tickets', methods: { GET: listTickets } },
  { pattern: '/api/v2/tickets/:id', methods: { GET: getTicket, PUT: updateTicket } },
  { pattern: '/api/v2/tickets/:id/notes', methods: { POST: createNote } },
  { pattern: '/api/v2/tickets/:id/conversations', methods: { GET: listConversations } },
  { pattern: '/api/v2/contacts/:id', methods: { GET: getContact, PUT: updateContact } },
  { pattern: '/api/v2/contact_fields', methods: { GET: listContactFields, POST: createContactField }, adminMethods: ['POST'] },
  { pattern: '/api/v2/ticket_fields', methods: { GET: listTicketFields } },
  { pattern: '/api/v2/admin/ticket_fields', methods: { GET: listAdminTicketFields, POST: createTicketField } },
  { pattern: '/api/v2/admin/ticket_fields/:id', methods: { GET: getAdminTicketField } },
  { pattern: '/api/v2/groups', methods: { GET: listGroups } },
  { pattern: '/api/v2/groups/:id', methods: { GET: getGroup } },
  { pattern: '/api/v2/solutions/categories', methods: { GET: listCategories } },
  { pattern: '/api/v2/solutions/categories/:id', methods: { GET: getCategory } },
  { pattern: '/api/v2/solutions/categories/:id/folders', methods: { GET: listFolders } },
  { pattern: '/api/v2/solutions/folders/:id', methods: { GET: getFolder } },
  { pattern: '/api/v2/solutions/folders/:id/subfolders', methods: { GET: listSubfolders } },
  { pattern: '/api/v2/solutions/folders/:id/articles', methods: { GET: listArticles } },
  { pattern: '/api/v2/solutions/articles/:id', methods: { GET: getArticle } },
];
