import { aiTag, mergeTags, sameTags } from '../../../server/domain/tags';

describe('aiTag', () => {
  it('lower-cases and replaces spaces and commas, which Freshdesk refuses in tags', () => {
    expect(aiTag('ai-category:', 'Feature Request, v2')).toBe('ai-category:feature-request-v2');
  });

  it('never exceeds 32 characters (docs/freshdesk.md "Updating a ticket")', () => {
    const tag = aiTag('ai-category:', 'a'.repeat(100));
    expect(tag).toHaveLength(32);
    expect(tag.startsWith('ai-category:')).toBe(true);
  });
});

describe('mergeTags', () => {
  it('keeps every existing tag, in order, and adds ours after them', () => {
    expect(mergeTags(['vip', 'renewal'], ['ai-category:billing'])).toEqual(['vip', 'renewal', 'ai-category:billing']);
  });

  it('replaces our own earlier tag with the same prefix instead of adding a second', () => {
    expect(mergeTags(['ai-category:billing', 'vip'], ['ai-category:shipping'])).toEqual(['vip', 'ai-category:shipping']);
  });

  it('de-duplicates ignoring case and drops blanks, as Freshdesk does', () => {
    expect(mergeTags(['VIP', ' ', 'vip'], ['Vip', 'ai-urgency:high'])).toEqual(['VIP', 'ai-urgency:high']);
  });

  it('is idempotent: merging the same tags twice changes nothing', () => {
    const once = mergeTags(['vip'], ['ai-category:billing', 'ai-urgency:high']);
    expect(mergeTags(once, ['ai-category:billing', 'ai-urgency:high'])).toEqual(once);
    expect(sameTags(once, mergeTags(once, ['ai-urgency:high']))).toBe(true);
    expect(sameTags(once, ['vip'])).toBe(false);
  });
});
