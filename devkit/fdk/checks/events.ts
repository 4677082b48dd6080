import { EVENTS, isOtherProductModule } from '../catalog';
import { isObject } from '../json';
import { declared } from '../manifest-parts';
import type { Problem } from '../problem';
import { error } from '../problem';
import type { AppSnapshot } from '../snapshot';

const FILE = 'manifest.json';
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Every `modules.<m>.events.<event>` must be an event of that module (docs/platform.md "Manifest (platform 3.0)",
 * "Event payloads: app set-up, external and scheduled events") with a `handler` that server/server.js exports
 * (docs/platform.md "Serverless runtime: server.js"). Exported names come from loading the file (server-source check
 * reports a file that does not load; then the handler lookup is skipped rather than flagging every handler). Events
 * of other products' modules (a global app's `service_ticket.onTicketCreate`, `deal.onDealCreate`) are not catalogued,
 * so only their handler is checked.
 */
export function checkEvents(s: AppSnapshot): Problem[] {
  const problems: Problem[] = [];
  const load = s.server.load;
  const exported = load?.ok ? new Set(load.functions) : undefined;
  for (const [mod, event, entry] of declared(s.manifest.value, 'events')) {
    if (!isOtherProductModule(mod) && !(EVENTS[mod] ?? []).includes(event)) problems.push(error(FILE, `Invalid event: '${event}' for module: ${mod}`));
    const handler = isObject(entry) ? entry.handler : undefined;
    if (!isObject(entry) || handler === undefined) {
      problems.push(error(FILE, `/modules/${mod}/events/${event} must have required property 'handler'`));
      continue;
    }
    if (typeof handler !== 'string' || !IDENTIFIER.test(handler)) {
      problems.push(error(FILE, `Invalid handler name ${JSON.stringify(handler)} for event '${event}' in module: ${mod}`));
      continue;
    }
    if (exported && !exported.has(handler)) {
      problems.push(error(s.server.file, `Event callback '${handler}' is not defined for module: ${mod}.`));
    }
  }
  return problems;
}
