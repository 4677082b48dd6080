/** The install's log line and the message that refuses an install (≤ 60 characters: docs/platform.md, "Installing: app set-up events"). */
import type { FieldOutcome, InstallReport, ServiceHealth } from './types';

/** The one reason an install is refused: without a working Freshdesk key the app can do nothing. */
export const REJECTED_KEY_MESSAGE = 'Freshdesk rejected the Freshdesk API key. Check it.';

const count = (fields: readonly FieldOutcome[], outcome: FieldOutcome['outcome']) => fields.filter((f) => f.outcome === outcome).length;

function health(h: ServiceHealth): string {
  switch (h.status) {
    case 'ok':
      return `${h.service} ok`;
    case 'failing':
      return `${h.service} failing`;
    case 'not_checked':
      return `${h.service} not checked`;
    case 'off':
      return `${h.service} off`;
    case 'not_configured':
      return `${h.service} not configured`;
  }
}

export function summarise(report: InstallReport): string {
  const freshdesk = report.freshdesk.verified ? 'Freshdesk verified' : 'Freshdesk not verified';
  const fields = `fields created ${count(report.fields, 'created')}, found ${count(report.fields, 'found')}, skipped ${count(report.fields, 'skipped')}`;
  const schedule = report.schedule ? `; schedule ${report.schedule.state}` : '';
  return `install: ${freshdesk}; ${fields}; Simpli ${report.simpli.map(health).join(', ')}${schedule}; ${report.requests} requests`;
}
