/** Which draft the sidebar shows: its own module, because the first view (fdk/first-view.ts) needs only this. */
import type { Draft, SidebarRecord } from '../contracts/record';

/**
 * The agent's regenerated draft, unless the server has drafted again since (a Retry that re-ran the draft step):
 * then the server's is the newer one.
 */
export function currentDraft(record: SidebarRecord | undefined): { draft: Draft; regenerated: boolean } | undefined {
  const server = record?.triage?.draft;
  const agent = record?.sidebarDraft;
  if (agent && (!server || agent.replaces === server.id)) return { draft: agent, regenerated: true };
  if (server) return { draft: server, regenerated: false };
  return undefined;
}
