import type { TicketSnapshot } from '../ports';

/** The ticket fields triage works from, whether they came with the event or from GET /tickets/:id. */
export interface TicketFields {
  id: number;
  subject?: string | null;
  description_text?: string | null;
  priority?: number | null;
  type?: string | null;
  group_id?: number | null;
  tags?: string[] | null;
}

export function toTicketSnapshot(ticket: TicketFields): TicketSnapshot {
  return {
    id: ticket.id,
    subject: ticket.subject ?? '',
    description: ticket.description_text ?? '',
    priority: ticket.priority,
    type: ticket.type,
    group_id: ticket.group_id,
    tags: ticket.tags ?? [],
  };
}
