/**
 * Python's round(x, ndigits) for floats (docs/simpli.md "Sentiment: the keyword algorithm", trap 6): the exact binary
 * value is rounded to ndigits decimals, exact ties to even, then read back as the nearest double. JS toFixed rounds
 * ties away from zero (round(-0.625, 2) is -0.62 in Python, toFixed gives -0.63) and Math.round(x*100)/100 rounds
 * x*100, which is already inexact (round(-0.325, 2) is -0.33, Math.round gives -0.32). So: exact arithmetic.
 */
export function pyRound(x: number, ndigits: number): number {
  if (!Number.isInteger(ndigits) || ndigits < 0) throw new RangeError('pyRound supports ndigits >= 0 only');
  if (!Number.isFinite(x) || x === 0) return x;

  const { negative, mantissa, exponent } = decompose(x); // |x| = mantissa × 2^exponent, exactly
  if (exponent >= 0) return x; // an integer already

  const scale = 10n ** BigInt(ndigits);
  const numerator = mantissa * scale;
  const denominator = 1n << BigInt(-exponent);
  let q = numerator / denominator;
  const twiceRemainder = 2n * (numerator - q * denominator);
  if (twiceRemainder > denominator || (twiceRemainder === denominator && (q & 1n) === 1n)) q += 1n;

  // Reading "<q>e-<ndigits>" gives the double nearest to the decimal, as CPython's strtod does.
  const magnitude = Number(`${q}e-${ndigits}`);
  return negative ? -magnitude : magnitude; // q = 0 and negative gives -0, as Python does (-0.0)
}

function decompose(x: number): { negative: boolean; mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const fraction = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return biased === 0
    ? { negative: hi >>> 31 === 1, mantissa: fraction, exponent: -1074 } // subnormal
    : { negative: hi >>> 31 === 1, mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}
