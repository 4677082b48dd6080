/**
 * One record read for the first opening, shared by the first view (boot.ts) and the React app: the first view reads
 * with `readFirst` (1 `$db` operation); the port's next `record` call for the same ticket takes that read instead of
 * making another, so the first opening still costs what it did (docs/platform.md "Budgets per installation"). Without
 * a `readFirst` (no first view), every call reads.
 */
import type { SidebarPort } from '../port';

export interface FirstRecordSharing {
  port: SidebarPort;
  readFirst(ticketId: number): ReturnType<SidebarPort['record']>;
}

export function sharingFirstRecord(port: SidebarPort): FirstRecordSharing {
  let first: { ticketId: number; record: ReturnType<SidebarPort['record']> } | undefined;
  return {
    readFirst(ticketId) {
      first = { ticketId, record: port.record(ticketId) };
      return first.record;
    },
    port: {
      ...port,
      record(ticketId) {
        const shared = first?.ticketId === ticketId ? first.record : undefined;
        first = undefined;
        return shared ?? port.record(ticketId);
      },
    },
  };
}
