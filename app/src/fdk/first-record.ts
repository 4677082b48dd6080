/**
 * One record read for the first opening, shared by the first view (boot.ts) and the React app: the first call of
 * `record` reads (1 `$db` operation); the next call for the same ticket takes that read instead of making another,
 * so the first opening still costs what it did (docs/platform.md "Budgets per installation").
 */
import type { SidebarPort } from '../port';

export function sharingFirstRecord(port: SidebarPort): SidebarPort {
  let calls = 0;
  let first: { ticketId: number; record: ReturnType<SidebarPort['record']> } | undefined;
  return {
    ...port,
    record(ticketId) {
      calls += 1;
      if (calls === 1) {
        first = { ticketId, record: port.record(ticketId) };
        return first.record;
      }
      const shared = first?.ticketId === ticketId ? first.record : undefined;
      first = undefined;
      return shared ?? port.record(ticketId);
    },
  };
}
