/**
 * The Python formatting the fakes depend on (docs/simpli.md "Wire format", "Sentiment: the keyword algorithm", trap 6),
 * for the cases no Simpli response reaches over HTTP (exponents, large values). Expected strings are what CPython
 * prints.
 */
import { pythonFloatRepr } from '../../../devkit/fakes/simpli/python/float-repr';
import { parsePythonJson, JsonDecodeError } from '../../../devkit/fakes/simpli/python/parse-json';
import { pyRound } from '../../../devkit/fakes/simpli/python/round';

it.each([
  [0, '0.0'],
  [-0, '-0.0'],
  [1, '1.0'],
  [100, '100.0'],
  [0.1, '0.1'],
  [-0.33, '-0.33'],
  [0.0001, '0.0001'],
  [0.00001, '1e-05'],
  [1.5e-7, '1.5e-07'],
  [1e15, '1000000000000000.0'],
  [1e16, '1e+16'],
  [123456789012345680, '1.2345678901234568e+17'],
  [5e-324, '5e-324'],
])('repr(%p) = %s', (x, repr) => {
  expect(pythonFloatRepr(x)).toBe(repr);
});

it('NaN and infinities are not JSON (FastAPI renders with allow_nan=False)', () => {
  expect(() => pythonFloatRepr(NaN)).toThrow(RangeError);
});

it.each([
  [-0.625, 2, '-0.62'], // exact tie → even
  [0.125, 2, '0.12'],
  [0.375, 2, '0.38'],
  [2.675, 2, '2.67'], // really 2.67499999999999982236431605997495353221893310546875
  [-0.325, 2, '-0.33'], // really -0.325000000000000011102230246251565404236316680908203125
  [-1e-17, 2, '-0.0'],
  [0.5, 0, '0.0'],
  [1.5, 0, '2.0'],
])('round(%p, %p) = %s', (x, n, expected) => {
  expect(pythonFloatRepr(pyRound(x, n))).toBe(expected);
});

it('json.loads accepts NaN/Infinity and reports positions in code points', () => {
  expect(parsePythonJson('[NaN, -Infinity]')).toEqual([NaN, -Infinity]);
  const at = (text: string): number => {
    try {
      parsePythonJson(text);
    } catch (e) {
      if (e instanceof JsonDecodeError) return e.pos;
    }
    return -1;
  };
  expect(at('')).toBe(0); // Expecting value
  expect(at('{"😀": 1,}')).toBe(8); // Expecting property name enclosed in double quotes
  expect(at('{"a" 1}')).toBe(5); // Expecting ':' delimiter
  expect(at('"abc')).toBe(0); // Unterminated string starting at
  expect(at('"a\\x"')).toBe(2); // Invalid \escape
  expect(at('"a\tb"')).toBe(2); // Invalid control character at
  expect(at('[1] 2')).toBe(4); // Extra data
  expect(at('01')).toBe(1); // Extra data after "0"
});

it('a "__proto__" key stays a plain data key', () => {
  const value = parsePythonJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
  expect(Object.keys(value)).toEqual(['__proto__']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
