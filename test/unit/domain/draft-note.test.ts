import { percent, renderDraftNote } from '../../../server/domain/draft-note';

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
