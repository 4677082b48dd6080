/**
 * The rolling quality record (server/contracts/quality-record.ts) as the QA and sentiment jobs write it, made from
 * results and escalations in the page's terms, through the server's own entry functions: for the bench's page
 * opens, the browser suite and the page's reader tests.
 */
import { escalationAttribute, resultAttribute, type QualityAttributes } from '../../server/contracts/quality-record';
import { escalationEntry, qaResultEntry } from '../../server/domain/quality/entries';
import type { OpenEscalation, QaResult } from '../../app/src/fullpage/contracts/kb-records';

/** Results and escalations as the page shows them (app/src/fullpage/contracts/kb-records.ts). */
export function storedQuality(results: readonly QaResult[], escalations: readonly OpenEscalation[]): QualityAttributes {
  const record: QualityAttributes = {};
  for (const r of results) {
    record[resultAttribute(r.ticketId)] = qaResultEntry(r, r.at, { ...(r.agentId === undefined ? {} : { id: r.agentId }), ...(r.agentName === undefined ? {} : { name: r.agentName }) });
  }
  for (const e of escalations) {
    record[escalationAttribute(e.ticketId)] = escalationEntry({ escalationRisk: e.risk, triggers: e.triggers }, e.at, e.contactId ?? 0, e.customer);
  }
  return record;
}
