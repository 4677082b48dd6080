import { MAX_TEXT_CODE_POINTS, normaliseLabel, QUOTE_ONLY, readReply, sentimentText } from '../../../../server/domain/sentiment/message';

const reply = { private: false, incoming: true, body_text: 'Still broken.', user_id: 7001 };

describe('readReply', () => {
  it('analyses a public reply from the customer with words', () => {
    expect(readReply(reply)).toEqual({ text: 'Still broken.' });
  });

  it.each([
    ['a private note', { private: true }],
    ['an agent reply', { incoming: false }],
    ['an empty body', { body_text: '  \n\t ' }],
    ['an empty body', { body_text: null }],
    ['an empty body', { body: '<div><br></div>', body_text: '' }],
    ['no contact to score', { user_id: null }],
    [QUOTE_ONLY, { body: '<div class="freshdesk_quote"><blockquote class="freshdesk_quote">On Mon, 24 Nov 2026 at 10:02, Support wrote:<br>Thanks!</blockquote></div>' }],
    [QUOTE_ONLY, { body: null, body_text: 'On Mon, 24 Nov 2026 at 10:02, Support wrote:\n> Thanks!' }],
  ])('skips %s', (reason, change) => {
    expect(readReply({ ...reply, ...change })).toEqual({ skip: reason });
  });

  it('says the first reason that applies: a private note from the customer is a private note', () => {
    expect(readReply({ ...reply, private: true, incoming: true, body_text: '' })).toEqual({ skip: 'a private note' });
    expect(readReply({ ...reply, incoming: false, body_text: '' })).toEqual({ skip: 'an agent reply' });
  });

  it('reads the HTML body when there is one, without its quoted history', () => {
    const body = '<div>Not fixed.</div><div class="freshdesk_quote"><blockquote class="freshdesk_quote">Happy to help!</blockquote></div>';
    expect(readReply({ ...reply, body, body_text: 'Not fixed. Happy to help!' })).toEqual({ text: 'Not fixed.' });
  });
});

describe('sentimentText', () => {
  it('trims', () => {
    expect(sentimentText('\n  Still broken.  \n')).toBe('Still broken.');
  });

  it('is empty for nothing', () => {
    expect(sentimentText(undefined)).toBe('');
    expect(sentimentText(null)).toBe('');
  });

  it('cuts 10,001 emoji to 10,000 code points, which are 20,000 UTF-16 units', () => {
    const text = sentimentText('😡'.repeat(10_001));
    expect(MAX_TEXT_CODE_POINTS).toBe(10_000);
    expect(Array.from(text)).toHaveLength(10_000);
    expect(text.length).toBe(20_000);
  });

  it('keeps 10,000 emoji whole: 20,000 UTF-16 units are not over the limit', () => {
    expect(sentimentText('😡'.repeat(10_000)).length).toBe(20_000);
  });

  it('cuts plain ASCII at 10,000 characters', () => {
    expect(sentimentText('a'.repeat(10_005))).toBe('a'.repeat(10_000));
  });

  it('trims before cutting, so leading blanks do not use up the limit', () => {
    expect(sentimentText(`   ${'b'.repeat(10_000)}`)).toBe('b'.repeat(10_000));
  });
});

describe('normaliseLabel', () => {
  it('keeps the three labels in any case', () => {
    expect(normaliseLabel('Negative', -0.8)).toBe('negative');
    expect(normaliseLabel(' POSITIVE ', 0.9)).toBe('positive');
    expect(normaliseLabel('neutral', 0.9)).toBe('neutral'); // Simpli's word wins over the score
  });

  it('reads any other word from the score with the keyword thresholds (≥ 0.3, ≤ −0.3)', () => {
    expect(normaliseLabel('angry', -0.3)).toBe('negative');
    expect(normaliseLabel('angry', -0.29)).toBe('neutral');
    expect(normaliseLabel('', 0.3)).toBe('positive');
    expect(normaliseLabel('mixed', 0.29)).toBe('neutral');
  });
});
