import { chunks, nextCursor, untriaged } from '../../../server/domain/jobs/reconcile';

const t = (id: number, createdAt: number, tags: string[] = []) => ({ id, createdAt, updatedAt: createdAt, tags });

describe('reconciling with Freshdesk', () => {
  it('a ticket carrying the AI tags is known from the list itself; tickets from before the install are not ours', () => {
    const floor = 1_000;
    const listed = [t(1, 900), t(2, 1_500, ['AI-Category:billing']), t(3, 1_500, ['vip']), t(4, 1_000)];
    expect(untriaged(listed, floor).map((x) => x.id)).toEqual([3]);
  });

  it('looks up the rest ten job names a query', () => {
    expect(chunks(Array.from({ length: 23 }, (_, i) => i)).map((c) => c.length)).toEqual([10, 10, 3]);
  });

  it('a finished pass starts the next a minute before it began; a cut-off pass continues from the last update seen', () => {
    const cursor = { since: 0, floor: 0 };
    expect(nextCursor(cursor, 5_000, true, 600_000)).toEqual({ since: 540_000, floor: 0 });
    expect(nextCursor(cursor, 5_000, false, 600_000)).toEqual({ since: 5_000, floor: 0 });
  });
});
