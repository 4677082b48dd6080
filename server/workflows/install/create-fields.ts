/**
 * Creates the app's fields the account lacks (docs/platform.md, "Installing: the Freshdesk field APIs"), never one it has. One at a time:
 * Freshdesk places each new field among the others, and a 403 on the first means the key has no admin rights,
 * so the rest are skipped without spending a request each. A field that fails otherwise is skipped with its
 * reason; the install goes on.
 */
import { AppFailure } from '../../domain/errors';
import type { ExistingField, FieldOutcome, FieldSpec } from '../../domain/install/types';
import type { HelpdeskPort } from '../../ports';
import { reasonOf } from '../reason-of';
import { canStart, OUT_OF_TIME, type InstallRun } from './install-run';

export const NO_ADMIN_RIGHTS = 'the Freshdesk API key has no admin rights (403); create it in Admin or install with an admin key';

export interface Creation {
  outcomes: FieldOutcome[];
  created: Array<{ spec: FieldSpec; field: ExistingField }>;
}

const isForbidden = (error: unknown) => error instanceof AppFailure && error.error.kind === 'unauthorized' && error.error.status === 403;

export const skipped = (spec: FieldSpec, reason: string): FieldOutcome => ({ role: spec.role, target: spec.target, label: spec.label, outcome: 'skipped', reason });

function create(helpdesk: HelpdeskPort, spec: FieldSpec): Promise<ExistingField> {
  return spec.target === 'ticket' ? helpdesk.createTicketField(spec) : helpdesk.createContactField(spec);
}

export async function createMissingFields(helpdesk: HelpdeskPort, run: InstallRun, missing: readonly FieldSpec[]): Promise<Creation> {
  const result: Creation = { outcomes: [], created: [] };
  let stop: string | undefined;
  for (const spec of missing) {
    if (!stop && !canStart(run)) stop = OUT_OF_TIME;
    if (stop) {
      result.outcomes.push(skipped(spec, stop));
      continue;
    }
    run.requests += 1;
    try {
      const field = await create(helpdesk, spec);
      result.created.push({ spec, field });
      result.outcomes.push({ role: spec.role, target: spec.target, label: spec.label, outcome: 'created', name: field.name });
    } catch (error) {
      if (isForbidden(error)) stop = NO_ADMIN_RIGHTS;
      result.outcomes.push(skipped(spec, stop ?? reasonOf(error)));
    }
  }
  return result;
}
