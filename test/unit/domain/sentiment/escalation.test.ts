import { ESCALATION_TAG, isEscalation, planEscalation } from '../../../../server/domain/sentiment/escalation';

describe('isEscalation', () => {
  it('is reached at the threshold, not only past it (the Simpli Freshdesk guide: >= 0.5)', () => {
    expect(isEscalation(0.5, 0.5)).toBe(true);
    expect(isEscalation(0.49, 0.5)).toBe(false);
    expect(isEscalation(0.65, 0.65)).toBe(true); // 65 % as the admin typed it: 65 / 100 === 0.65
    expect(isEscalation(1, 1)).toBe(true);
  });

  it('at 0 every message escalates', () => {
    expect(isEscalation(0, 0)).toBe(true);
  });
});

describe('planEscalation', () => {
  it('adds the tag after the ticket’s own tags, which a PUT would otherwise drop', () => {
    expect(planEscalation({ tags: ['vip', 'doorbell'], priority: 2 }, false)).toEqual({ update: { tags: ['vip', 'doorbell', ESCALATION_TAG] } });
  });

  it('writes nothing when the ticket already carries the tag (in any case)', () => {
    expect(planEscalation({ tags: ['vip', 'Escalation-Risk:High'], priority: 2 }, true)).toEqual({ update: {} });
  });

  it('raises the priority one level with the switch on', () => {
    expect(planEscalation({ tags: [], priority: 2 }, true)).toEqual({ update: { tags: [ESCALATION_TAG], priority: 3 }, priority: { from: 2, to: 3 } });
  });

  it('a ticket without a priority counts as Low (1)', () => {
    expect(planEscalation({ tags: [], priority: null }, true).priority).toEqual({ from: 1, to: 2 });
  });

  it('never raises past Urgent (4)', () => {
    expect(planEscalation({ tags: [], priority: 4 }, true)).toEqual({ update: { tags: [ESCALATION_TAG] } });
  });

  it('leaves the priority alone with the switch off', () => {
    expect(planEscalation({ tags: [], priority: 1 }, false).update.priority).toBeUndefined();
  });
});
