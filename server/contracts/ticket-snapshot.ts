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
  created_at?: string | null;
  updated_at?: string | null;
}

function instant<K extends string>(key: K, raw: string | null | undefined): Partial<Record<K, number>> {
  const ms = raw ? Date.parse(raw) : Number.NaN;
  return Number.isFinite(ms) ? ({ [key]: ms } as Partial<Record<K, number>>) : {};
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
    ...instant('createdAt', ticket.created_at),
    ...instant('updatedAt', ticket.updated_at),
  };
}
