/**
 * The install's field work after the reads: which of the five fields the account has, creating the others,
 * then caching what triage and sentiment need (ticket schema, contact fields) so that neither the first ticket
 * nor the first reply reads Freshdesk.
 */
import { CONTACT_FIELDS, TICKET_FIELDS } from '../../domain/install/field-specs';
import { planFields } from '../../domain/install/match-fields';
import { withTicketFields } from '../../domain/install/ticket-schema';
import type { FieldOutcome } from '../../domain/install/types';
import type { HelpdeskPort, KeyValueStore, Log } from '../../ports';
import { reasonOf } from '../reason-of';
import { createContactFieldSource } from '../sentiment/contact-field-cache';
import { createSchemaSource } from '../triage/schema-cache';
import { createMissingFields, skipped } from './create-fields';
import type { InstallRun } from './install-run';
import type { FieldsRead } from './read-fields';

type Read = Extract<FieldsRead, { ok: true }>;

export async function settleFields(deps: { helpdesk: HelpdeskPort; store: KeyValueStore; log: Log }, run: InstallRun, read: Read): Promise<FieldOutcome[]> {
  const contact = Array.isArray(read.contact) ? read.contact : undefined;
  const ticketPlan = planFields(TICKET_FIELDS, read.ticket.custom);
  const contactPlan = contact ? planFields(CONTACT_FIELDS, contact) : { found: [], missing: [] };
  const unread = contact ? [] : CONTACT_FIELDS.map((s) => skipped(s, `contact fields not read (${(read.contact as { reason: string }).reason})`));

  const creation = await createMissingFields(deps.helpdesk, run, [...ticketPlan.missing, ...contactPlan.missing]);
  const createdOf = (target: 'ticket' | 'contact') => creation.created.filter((c) => c.spec.target === target).map((c) => c.field);
  try {
    await createSchemaSource(deps.helpdesk, deps.store).save(withTicketFields(read.ticket.schema, createdOf('ticket')));
    if (contact) await createContactFieldSource(deps.helpdesk, deps.store).save([...contact, ...createdOf('contact')]);
  } catch (error) {
    deps.log.warn(`install: field caches not saved (${reasonOf(error)}); the first ticket reads them`);
  }

  const found = [...ticketPlan.found, ...contactPlan.found].map(
    ({ spec, field }): FieldOutcome => ({ role: spec.role, target: spec.target, label: spec.label, outcome: 'found', name: field.name }),
  );
  const outcomes = [...found, ...creation.outcomes, ...unread];
  const order = (o: FieldOutcome) => [...TICKET_FIELDS, ...CONTACT_FIELDS].findIndex((s) => s.role === o.role);
  return outcomes.sort((a, b) => order(a) - order(b));
}
