/**
 * The install's Freshdesk reads: GET /ticket_fields verifies the key (any agent may read it: docs/platform.md,
 * "Installing: the Freshdesk field APIs") and lists the ticket fields; GET /contact_fields follows once the key
 * is known to work. A 401 on the first read means the key is rejected: the one reason an install is refused.
 */
import { AppFailure } from '../../domain/errors';
import type { ExistingField } from '../../domain/install/types';
import type { AccountSchema } from '../../domain/triage/types';
import type { HelpdeskPort, Log } from '../../ports';
import { reasonOf } from '../reason-of';
import { canStart, OUT_OF_TIME, type InstallRun } from './install-run';

export type FieldsRead =
  | { ok: true; ticket: { custom: ExistingField[]; schema: AccountSchema }; contact: ExistingField[] | { reason: string } }
  | { ok: false; keyRejected: boolean; reason: string };

const isRejectedKey = (error: unknown) => error instanceof AppFailure && error.error.kind === 'unauthorized' && error.error.status === 401;

export async function readAccountFields(helpdesk: HelpdeskPort, log: Log, run: InstallRun): Promise<FieldsRead> {
  let ticket;
  run.requests += 1;
  try {
    ticket = await helpdesk.readTicketFields();
  } catch (error) {
    const reason = reasonOf(error);
    const keyRejected = isRejectedKey(error);
    log.error(`install: Freshdesk check failed (${reason}); ${keyRejected ? 'the install is refused' : 'the install goes on unverified'}`);
    return { ok: false, keyRejected, reason };
  }
  if (!canStart(run)) return { ok: true, ticket, contact: { reason: OUT_OF_TIME } };
  run.requests += 1;
  try {
    return { ok: true, ticket, contact: await helpdesk.contactFields() };
  } catch (error) {
    const reason = reasonOf(error);
    log.warn(`install: contact fields not read (${reason})`);
    return { ok: true, ticket, contact: { reason } };
  }
}
