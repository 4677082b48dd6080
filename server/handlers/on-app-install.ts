/**
 * onAppInstall (fdk-platform.md §4.7, §4.2): checks the Freshdesk settings with one cheap read before the app
 * goes live, so a wrong subdomain or key is reported on the installation page instead of on the first ticket.
 * renderData() lets the install finish; renderData({ message }) blocks it (message ≤ 60 chars, §10).
 */
import { AppFailure } from '../domain/errors';
import type { HandlerDeps } from '../ports';
import { describeFailure } from './describe-failure';

const BLOCKING_MESSAGES: Record<string, string> = {
  unauthorized: 'Freshdesk rejected the API key. Check the key.',
  rejected: 'Freshdesk refused the request. Check the subdomain.',
};

export function createOnAppInstall({ templates, log, renderData }: HandlerDeps) {
  return async function onAppInstallHandler(_payload: unknown): Promise<void> {
    try {
      await templates.call('freshdeskListTicketFields');
      log.info('install: Freshdesk settings verified');
      renderData()();
    } catch (error) {
      const blocking = error instanceof AppFailure ? BLOCKING_MESSAGES[error.error.kind] : undefined;
      log.error(`install: Freshdesk check failed (${describeFailure(error)})`);
      // A transient failure (timeout, 5xx) must not block an admin whose settings are right.
      if (blocking) renderData()({ message: blocking });
      else renderData()();
    }
  };
}
