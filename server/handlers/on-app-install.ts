/**
 * onAppInstall (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/app-set-up-events):
 * renderData() lets the install finish, renderData({ message }) refuses it (message ≤ 60 characters). The work
 * is workflows/install/install-app.ts; only a rejected Freshdesk key refuses the install.
 */
import { appEventSchema, describeIssues } from '../contracts/events';
import type { HandlerDeps } from '../ports';
import { beginInvocation } from '../workflows/invocation';
import { installApp } from '../workflows/install/install-app';
import { describeFailure } from './describe-failure';

export function createOnAppInstall(deps: HandlerDeps) {
  const { log, answer } = deps;
  return async function onAppInstallHandler(payload: unknown): Promise<void> {
    const parsed = appEventSchema.safeParse(payload);
    if (!parsed.success) log.warn(`install: payload not as documented (${describeIssues(parsed.error)}); settings taken as defaults`);
    try {
      const { blocked } = await installApp(beginInvocation(deps, parsed.success ? parsed.data.iparams : {}));
      if (blocked) answer({ message: blocked });
      else answer();
    } catch (error) {
      // Nothing but a rejected key refuses the install: an unexpected failure is logged and the install goes on.
      log.error(`install: unexpected failure (${describeFailure(error)}); the install goes on`);
      answer();
    }
  };
}
