/**
 * Python's repr() of a float, which is what FastAPI's json.dumps writes for every float (docs/simpli.md "Wire format"):
 * the shortest round-tripping digits (JS finds the same digits), but laid out Python's way: "1.0" not "1",
 * "-0.0" not "0", "1e-05" not "0.00001", "1e+16" not "10000000000000000".
 */
export function pythonFloatRepr(x: number): string {
  // FastAPI renders with allow_nan=False: a NaN or infinity is a 500 in the real service, never a body.
  if (!Number.isFinite(x)) throw new RangeError(`Out of range float values are not JSON compliant: ${x}`);
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';

  const sign = x < 0 ? '-' : '';
  // toExponential() without an argument gives the shortest unique digits: "d.ddde±n".
  const [mantissa = '', exponent = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // Python's decpt: the value is 0.<digits> × 10^decpt.
  const decpt = Number(exponent) + 1;

  // CPython format_float_short, mode 'r': scientific when decpt <= -4 or decpt > 16.
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    const e = decpt - 1;
    return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}
