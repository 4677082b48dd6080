/** The handler table: its keys are exactly the names manifest.json gives the platform (test/unit/wiring.test.ts). */
import type { HandlerDeps } from '../ports';
import { createOnAppInstall } from './on-app-install';
import { createOnAppUninstall } from './on-app-uninstall';
import { createOnConversationCreate } from './on-conversation-create';
import { createOnScheduledEvent } from './on-scheduled-event';
import { createOnTicketCreate } from './on-ticket-create';
import { createOnTicketUpdate } from './on-ticket-update';
import { createSmiHandlers } from './smi';

export type Handler = (payload: unknown) => Promise<void>;

export function createHandlers(deps: HandlerDeps): Record<string, Handler> {
  return {
    onAppInstallHandler: createOnAppInstall(deps),
    onAppUninstallHandler: createOnAppUninstall(deps),
    onScheduledEventHandler: createOnScheduledEvent(deps),
    onTicketCreateHandler: createOnTicketCreate(deps),
    onTicketUpdateHandler: createOnTicketUpdate(deps),
    onConversationCreateHandler: createOnConversationCreate(deps),
    ...createSmiHandlers(deps),
  };
}
