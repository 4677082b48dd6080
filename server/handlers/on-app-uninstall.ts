/**
 * onAppUninstall (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/serverless-apps/app-set-up-events):
 * deletes every schedule the app made (workflows/schedules/remove-all.ts). It never refuses the uninstall
 * (renderData({ message }) would): an admin must always be able to remove the app.
 */
import type { HandlerDeps } from '../ports';
import { removeAppSchedules } from '../workflows/schedules/remove-all';
import { describeFailure } from './describe-failure';

export function createOnAppUninstall(deps: HandlerDeps) {
  const { log, answer } = deps;
  return async function onAppUninstallHandler(_payload: unknown): Promise<void> {
    try {
      const r = await removeAppSchedules(deps);
      const line = `uninstall: ${r.deleted} schedule${r.deleted === 1 ? '' : 's'} deleted, ${r.absent} already gone`;
      if (r.failed.length > 0 || r.left > 0) log.error(`${line}; not deleted: ${r.failed.join(', ') || 'none failed'}${r.left ? `; ${r.left} left for lack of time` : ''}`);
      else log.info(line);
    } catch (error) {
      log.error(`uninstall: schedules not deleted (${describeFailure(error)})`);
    }
    answer();
  };
}
