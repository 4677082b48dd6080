import { dimensionName, isQaNoteFor, QA_NOTE_TITLE, renderQaNote, resolutionMarker } from '../../../../server/domain/qa/note';

const AT = '2026-11-25T13:00:00.000Z';
const evaluation = {
  overall: 0.62,
  dimensions: { empathy: 0.9, first_response: 0.405 },
  coachingNotes: ['Confirm the issue is resolved', 'Ask for details up front'],
};

describe('renderQaNote', () => {
  it('shows overall and each dimension as percentages and the coaching notes as a list', () => {
    expect(renderQaNote({ evaluation, resolvedAt: AT, rescore: false, omitted: 0 })).toBe(
      '<p><strong>Simpli QA score: 62%</strong></p>' +
        '<ul><li><strong>Empathy</strong>: 90%</li><li><strong>First response</strong>: 41%</li></ul>' +
        '<p><strong>Coaching notes</strong></p><ul><li>Confirm the issue is resolved</li><li>Ask for details up front</li></ul>' +
        '<p><em>Scored by Simpli QA for the resolution of 2026-11-25T13:00:00.000Z.</em></p>',
    );
  });

  it('says when it is a re-score, with the previous score', () => {
    const html = renderQaNote({ evaluation, resolvedAt: AT, rescore: true, previousOverall: 0.5, omitted: 0 });
    expect(html.startsWith('<p><strong>Simpli QA score: 62%</strong> (re-score: the ticket was reopened and resolved again; the previous score was 50%)</p>')).toBe(true);
  });

  it('escapes every word QA sent', () => {
    const hostile = { overall: 1, dimensions: { '<b>tone</b>': 0.5 }, coachingNotes: ['Say "sorry" & <mean> it'] };
    const html = renderQaNote({ evaluation: hostile, resolvedAt: AT, rescore: false, omitted: 0 });
    expect(html).toContain('<li><strong>&lt;b&gt;tone&lt;/b&gt;</strong>: 50%</li>');
    expect(html).toContain('<li>Say &quot;sorry&quot; &amp; &lt;mean&gt; it</li>');
  });

  it('leaves out empty sections and says how many messages a long conversation left out', () => {
    const html = renderQaNote({ evaluation: { overall: 0.3, dimensions: {}, coachingNotes: [] }, resolvedAt: AT, rescore: false, omitted: 1 });
    expect(html).toBe(
      '<p><strong>Simpli QA score: 30%</strong></p><p><em>Scored by Simpli QA for the resolution of 2026-11-25T13:00:00.000Z. 1 message was left out from the middle of a long conversation.</em></p>',
    );
    expect(renderQaNote({ evaluation, resolvedAt: AT, rescore: false, omitted: 3 })).toContain(' 3 messages were left out');
  });
});

describe('dimensionName', () => {
  it('turns keys into words', () => {
    expect(dimensionName('first_response')).toBe('First response');
    expect(dimensionName('tone-of-voice')).toBe('Tone of voice');
    expect(dimensionName('Empathy')).toBe('Empathy');
  });
});

describe('isQaNoteFor', () => {
  const text = `${QA_NOTE_TITLE}: 62%\nScored by Simpli QA ${resolutionMarker(AT)}.`;

  it('recognises our private note for this resolution in its plain-text rendering', () => {
    expect(isQaNoteFor({ private: true, text }, AT)).toBe(true);
  });

  it('not another resolution’s, not a public note, not someone else’s', () => {
    expect(isQaNoteFor({ private: true, text }, '2026-11-27T16:45:00.000Z')).toBe(false);
    expect(isQaNoteFor({ private: false, text }, AT)).toBe(false);
    expect(isQaNoteFor({ private: true, text: `My QA ${resolutionMarker(AT)}` }, AT)).toBe(false);
  });
});
