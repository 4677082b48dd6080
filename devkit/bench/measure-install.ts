/**
 * onAppInstall on the fresh demo account (globex, which has none of the app's fields), then again on the same
 * account (a re-install, or the simulator's Save): the fields each created, counted in the fake Freshdesk's own
 * state rather than in the app's report, and the template requests each made.
 */
import { APP_FIELDS } from '../../server/domain/install/field-specs';
import { startStack, type Stack } from '../harness/start-harness';

export interface InstallMeasure {
  fieldsCreatedFresh: number;
  fieldsCreatedAgain: number;
  requestsFresh: number;
  requestsAgain: number;
  /** Fields of the app's labels in the account after both installs (5 unless something was duplicated). */
  appFieldsInAccount: number;
}

const APP_LABELS = new Set(APP_FIELDS.map((f) => f.label.toLowerCase()));

function appFields(stack: Stack): number {
  const { ticketFields, contactFields } = stack.state();
  return [...ticketFields, ...contactFields].filter((f) => APP_LABELS.has(String(f.label).trim().toLowerCase())).length;
}

async function install(stack: Stack): Promise<{ created: number; requests: number }> {
  const before = appFields(stack);
  const mark = stack.platform.requestLog().length;
  const run = await stack.platform.fireEvent('onAppInstall');
  if (!run.ok) throw new Error(`onAppInstall failed: ${run.failure}`);
  return { created: appFields(stack) - before, requests: stack.platform.requestLog().length - mark };
}

export async function measureInstall(): Promise<InstallMeasure> {
  const stack = await startStack({ account: 'fresh' });
  try {
    const fresh = await install(stack);
    stack.clock.advance(60_000); // a minute later: its own request budget, as an admin's second try would have
    const again = await install(stack);
    return {
      fieldsCreatedFresh: fresh.created,
      fieldsCreatedAgain: again.created,
      requestsFresh: fresh.requests,
      requestsAgain: again.requests,
      appFieldsInAccount: appFields(stack),
    };
  } finally {
    await stack.close();
  }
}
