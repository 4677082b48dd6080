import { parsePercent, readPercent } from '../../../../server/domain/settings/percent';

describe('readPercent', () => {
  it('reads whole and decimal percentages, with or without a % sign or a decimal comma', () => {
    expect(readPercent('70')).toEqual({ kind: 'ok', value: 70 });
    expect(readPercent(' 12.5 % ')).toEqual({ kind: 'ok', value: 12.5 });
    expect(readPercent('12,5%')).toEqual({ kind: 'ok', value: 12.5 });
    expect(readPercent('0')).toEqual({ kind: 'ok', value: 0 });
    expect(readPercent('100')).toEqual({ kind: 'ok', value: 100 });
  });

  it('questions a share typed as a percentage instead of using it', () => {
    expect(readPercent('0.7')).toEqual({ kind: 'question', question: { text: 'Did you mean 70 %?', suggestion: 70, value: 0.7 } });
    expect(readPercent('1')).toMatchObject({ kind: 'question', question: { text: 'Did you mean 100 %?' } });
    expect(readPercent('0.07')).toMatchObject({ question: { text: 'Did you mean 7 %?', suggestion: 7 } });
    expect(readPercent('.125')).toMatchObject({ question: { suggestion: 12.5 } });
  });

  it('uses the value as typed once the admin confirmed that very value', () => {
    expect(readPercent('0.7', 0.7)).toEqual({ kind: 'ok', value: 0.7 });
    expect(readPercent('0.8', 0.7)).toMatchObject({ kind: 'question', question: { text: 'Did you mean 80 %?' } });
  });

  it('gives a clear message for what is not a percentage', () => {
    expect(readPercent('')).toEqual({ kind: 'problem', message: 'Enter a percentage from 0 to 100' });
    expect(readPercent('seventy')).toEqual({ kind: 'problem', message: 'Enter a number from 0 to 100, e.g. 70' });
    expect(readPercent('-5')).toEqual({ kind: 'problem', message: 'Enter a number from 0 to 100, e.g. 70' });
    expect(readPercent('150')).toEqual({ kind: 'problem', message: 'A percentage runs from 0 to 100' });
  });

  it('parsePercent refuses what Number() would let through', () => {
    for (const t of ['0x10', '1e2', 'Infinity', '', ' ', '7 0']) expect([t, parsePercent(t)]).toEqual([t, undefined]);
  });
});
