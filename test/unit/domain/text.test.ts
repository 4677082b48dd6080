import { cutToCodePoints } from '../../../server/domain/text';

describe('cutToCodePoints', () => {
  it('leaves text within the limit alone', () => {
    expect(cutToCodePoints('hello', 5)).toBe('hello');
  });

  it('counts an astral character (two UTF-16 units) as one', () => {
    // "a😀b😀c": 5 code points, 7 UTF-16 units; the first 3 code points are "a😀b" (4 units).
    expect(cutToCodePoints('a😀b😀c', 3)).toBe('a😀b');
  });

  it('never cuts through a surrogate pair', () => {
    const cut = cutToCodePoints('😀😀😀', 2);
    expect(cut).toBe('😀😀');
    expect(cut.length).toBe(4);
  });
});
