import { draftNoteMayExist, percent, renderDraftNote } from '../../../server/domain/draft-note';

describe('renderDraftNote', () => {
  it('shows the confidence as a whole percentage and says it is an AI draft to edit', () => {
    const html = renderDraftNote({ text: 'Hello Dana,\n\nYour refund is on its way.', confidence: 0.874 });
    expect(html).toContain('(confidence 87%)');
    expect(html).toContain('<p>Hello Dana,</p><p>Your refund is on its way.</p>');
    expect(html).toMatch(/AI-generated draft\. Review and edit it before sending/);
  });

  it('escapes hostile draft text so nothing in it becomes markup', () => {
    const html = renderDraftNote({ text: '<img src=x onerror="alert(1)"><script>steal()</script>', confidence: 1 });
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;steal()&lt;/script&gt;');
  });

  it('rounds percentages half up at the edges', () => {
    expect([percent(0), percent(0.005), percent(0.995), percent(1)]).toEqual(['0%', '1%', '100%', '100%']);
  });
});

describe('whether an earlier attempt may have posted the draft note unrecorded (look before posting)', () => {
  const saved = (attempt: number, note?: { unsent?: boolean }) => ({ attempt, errors: note === undefined ? {} : { note } });
  it('the first attempt, or the one right after a saved run that never sent its note, does not look', () => {
    expect(draftNoteMayExist(undefined, 1)).toBe(false);
    expect(draftNoteMayExist(saved(1), 2)).toBe(false);
    // The platform's budget refused the note before it left: Freshdesk never saw it.
    expect(draftNoteMayExist(saved(3, { unsent: true }), 4)).toBe(false);
  });
  it('after a run killed before saving, or a note request that may have reached Freshdesk, it looks', () => {
    expect(draftNoteMayExist(undefined, 2)).toBe(true);
    expect(draftNoteMayExist(saved(1), 3)).toBe(true);
    expect(draftNoteMayExist(saved(2, {}), 3)).toBe(true);
    expect(draftNoteMayExist(saved(2, { unsent: false }), 3)).toBe(true);
  });
});
