/** The urgency → priority rule (server/domain/triage/priority.ts), one hop from "where is the rule for priority". */
import { priorityForUrgency, PRIORITY_LABELS } from '../../../../server/domain/triage/priority';

describe('priority from urgency', () => {
  it("maps Triage's four urgencies onto Freshdesk's four priorities; `urgent` is core's name for critical", () => {
    expect(['low', 'medium', 'high', 'critical', 'urgent'].map(priorityForUrgency)).toEqual([1, 2, 3, 4, 4]);
    expect(['Low', 'Medium', 'High', 'Urgent']).toEqual([1, 2, 3, 4].map((p) => PRIORITY_LABELS[p]));
  });
  it('reads the words loosely and invents nothing for words it does not know', () => {
    expect([priorityForUrgency(' HIGH '), priorityForUrgency('Critical')]).toEqual([3, 4]);
    expect([priorityForUrgency('asap'), priorityForUrgency('')]).toEqual([undefined, undefined]);
  });
});
