/**
 * onAppInstall (fdk-platform.md §4.7, §4.2): checks the Freshdesk settings with one read before the app goes
 * live — the ticket schema, which it also caches so triage needs no Freshdesk read per ticket (and, best effort,
 * the sentiment contact fields, likewise for replies). A wrong subdomain
 * or key is reported on the installation page instead of on the first ticket. renderData() lets the install
 * finish; renderData({ message }) blocks it (message ≤ 60 chars, §10).
 */
import { AppFailure } from '../domain/errors';
import type { HandlerDeps } from '../ports';
import { createContactFieldSource } from '../workflows/sentiment/contact-fields';
import { createSchemaSource } from '../workflows/triage/account-schema';
import { describeFailure } from './describe-failure';

/** The sentiment contact fields, cached now so that a reply costs no Freshdesk read; a failure here only logs. */
async function warmContactFields(helpdesk: HandlerDeps['helpdesk'], store: HandlerDeps['store'], log: HandlerDeps['log']): Promise<void> {
  try {
    const fields = await createContactFieldSource(helpdesk, store).refresh();
    const found = [fields.label?.name, fields.risk?.name].filter((n): n is string => n !== undefined);
    log.info(`install: sentiment contact fields ${found.length ? found.join(', ') : 'not found (replies will skip them)'}`);
  } catch (error) {
    log.warn(`install: contact fields not read (${describeFailure(error)}); the first reply reads them`);
  }
}

const BLOCKING_MESSAGES: Record<string, string> = {
  unauthorized: 'Freshdesk rejected the API key. Check the key.',
  rejected: 'Freshdesk refused the request. Check the subdomain.',
};

export function createOnAppInstall({ helpdesk, store, log, renderData }: HandlerDeps) {
  return async function onAppInstallHandler(_payload: unknown): Promise<void> {
    try {
      const schema = await createSchemaSource(helpdesk, store).refresh();
      log.info(`install: Freshdesk settings verified (${schema.ticketTypes.length} ticket types, ${schema.groups.length} groups)`);
      await warmContactFields(helpdesk, store, log);
      renderData()();
    } catch (error) {
      const blocking = error instanceof AppFailure && error.error.step !== 'store' ? BLOCKING_MESSAGES[error.error.kind] : undefined;
      log.error(`install: Freshdesk check failed (${describeFailure(error)})`);
      // A transient failure (timeout, 5xx, a busy store) must not block an admin whose settings are right.
      if (blocking) renderData()({ message: blocking });
      else renderData()();
    }
  };
}
