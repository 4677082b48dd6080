/**
 * Sentiment's keyword mode, byte for byte (docs/simpli.md "Sentiment: POST /analyze",
 * "Sentiment: the keyword algorithm"). Every expected body below is worked out by hand from the docs/simpli.md
 * "Sentiment: the keyword algorithm" tables (the arithmetic is in the comments) and compared on the raw response text,
 * so a wrong float layout (-0 for -0.0, 1 for 1.0) fails as surely as a wrong number. The values were also
 * cross-checked against the real app.py functions under CPython 3.11.7 and 3.12.1.
 */
import { createSentimentService, startSimpli, stopSimpli, type SimpliFakes } from '../../../devkit/fakes/simpli';
import { startFake } from '../../../devkit/fakes/kit/server';
import type { RunningFake } from '../../../devkit/fakes/kit/types';
import { client, postJson } from './helpers';

let fakes: SimpliFakes;
let py311: RunningFake;

beforeAll(async () => {
  fakes = await startSimpli();
  py311 = await startFake(createSentimentService({ python: '3.11' }));
});
afterAll(async () => {
  await stopSimpli(fakes);
  await py311.close();
});

async function analyze(text: string, extra: Record<string, unknown> = {}, url = fakes.sentiment.url): Promise<string> {
  const res = await postJson(client(url), '/analyze', { customer_id: 'C-001', text, ...extra });
  expect(res.status).toBe(200);
  return res.text;
}

const body = (score: string, label: string, risk: string, triggers: string[] = []): string =>
  `{"score":${score},"label":"${label}","escalation_risk":${risk},"triggers":${JSON.stringify(triggers)}}`;

it('the documented example, byte for byte', async () => {
  // frustrating −0.7, terrible −0.9 → mean −0.8; risk min(0.8, 0.5) = 0.5; no triggers.
  expect(await analyze('This is frustrating and terrible')).toBe(
    '{"score":-0.8,"label":"negative","escalation_risk":0.5,"triggers":[]}',
  );
});

describe('trap 1: exact tokens only', () => {
  it('no stemming, no other languages', async () => {
    expect(await analyze('refunds bugs cancelled stornieren Anwalt')).toBe(body('0.0', 'neutral', '0.0'));
  });

  it('case and the strip set still let "Problem" and "OK?" match', async () => {
    // problem −0.25, ok 0.1 → −0.075, whose double is just above −0.075 → −0.07.
    expect(await analyze('Problem OK?')).toBe(body('-0.07', 'neutral', '0.0'));
  });
});

describe('trap 2: the strip set is exactly . , ! ? ; : \' " ( ) [ ] { }', () => {
  it('strips those from both ends', async () => {
    // terrible −0.9, worst −0.8, awful −0.85 → −2.55 / 3 = −0.85; risk 0.5.
    expect(await analyze('(Terrible)!!! Worst, [awful] {service}.')).toBe(body('-0.85', 'negative', '0.5'));
  });

  it('keeps curly quotes, ellipsis, *, <, >: nothing matches', async () => {
    expect(await analyze('“refund” *terrible* <strong>unacceptable</strong>. BBB…')).toBe(body('0.0', 'neutral', '0.0'));
  });
});

describe('trap 3: whitespace is Python str.isspace()', () => {
  it.each([
    ['U+0085 (NEL)', '\u0085'],
    ['U+001C (file separator)', '\u001c'],
    ['U+001F (unit separator)', '\u001f'],
    ['U+00A0 (no-break space)', '\u00a0'],
    ['U+2000 (en quad)', '\u2000'],
    ['U+3000 (ideographic space)', '\u3000'],
  ])('%s separates words', async (_name, sep) => {
    // terrible −0.9 → risk 0.5 + one trigger 0.15 = 0.65.
    expect(await analyze(`terrible${sep}refund`)).toBe(body('-0.9', 'negative', '0.65', ['refund']));
  });

  it.each([
    ['U+200B (zero width space)', '\u200b'],
    ['U+FEFF (BOM)', '\ufeff'],
    ['U+180E (Mongolian vowel separator)', '\u180e'],
  ])('%s does not: one unknown token', async (_name, sep) => {
    expect(await analyze(`terrible${sep}refund`)).toBe(body('0.0', 'neutral', '0.0'));
  });
});

it('trap 4: look-ups are own keys only (no prototype names)', async () => {
  expect(await analyze('constructor __proto__ toString hasOwnProperty valueOf')).toBe(body('0.0', 'neutral', '0.0'));
});

describe('trap 5: the label comes from the unrounded score', () => {
  it('0.29999999999999993 is neutral although the score says 0.3', async () => {
    // −0.9 + 0.7 + 0.7 + 0.7: the doubles sum to 1.1999999999999997, / 4 = 0.29999999999999993 < 0.3.
    expect(await analyze('terrible great great great')).toBe(body('0.3', 'neutral', '0.0'));
  });

  it('an exact −0.3 is negative but adds nothing to the risk (that needs < −0.3)', async () => {
    expect(await analyze('slow')).toBe(body('-0.3', 'negative', '0.0'));
  });
});

describe('trap 6: round() is half-even on the binary value', () => {
  it('−0.625 (an exact tie) → −0.62, where toFixed gives −0.63', async () => {
    // bad −0.5, unacceptable −0.75 → −0.625 exactly; risk 0.5 + 0.15 (unacceptable is a trigger) = 0.65.
    expect(await analyze('bad unacceptable')).toBe(body('-0.62', 'negative', '0.65', ['unacceptable']));
  });

  it('0.5625 (an exact tie) → 0.56, the even neighbour', async () => {
    // 0.9 + 0.9 + 0.35 + 0.1 = 2.25, / 4 = 0.5625 exactly.
    expect(await analyze('excellent excellent fast ok')).toBe(body('0.56', 'positive', '0.0'));
  });

  it('−0.325 (really −0.32500000000000001) → −0.33, where Math.round(x*100)/100 gives −0.32', async () => {
    // broken −0.45, bug −0.2 → −0.325; risk = min(0.325, 0.5) → 0.33.
    expect(await analyze('broken bug')).toBe(body('-0.33', 'negative', '0.33'));
  });
});

describe('trap 7: sum() belongs to the interpreter (default 3.12, the Dockerfile image)', () => {
  it('disappointed, frustrated, easy: −0.3 and negative on 3.12 …', async () => {
    // Neumaier: −0.6 − 0.7 + 0.4 = −0.8999999999999999 (the exact sum of the doubles), / 3 = −0.3.
    expect(await analyze('disappointed, frustrated, easy')).toBe(body('-0.3', 'negative', '0.0'));
  });

  // the example of docs/simpli.md "Sentiment: the keyword algorithm"
  it('… but −0.29999999999999993 and neutral on 3.11', async () => {
    // Left to right: −0.6 − 0.7 = −1.2999999999999998; + 0.4 = −0.8999999999999998; / 3 = −0.29999999999999993.
    expect(await analyze('disappointed, frustrated, easy', {}, py311.url)).toBe(body('-0.3', 'neutral', '0.0'));
  });

  it('terrible terrible difficult amazing: the risk differs too', async () => {
    // 3.12: −0.30000000000000004 < −0.3 ⇒ negative, risk 0.3. 3.11: −0.29999999999999993 ⇒ neutral, risk 0.0.
    expect(await analyze('terrible terrible difficult amazing')).toBe(body('-0.3', 'negative', '0.3'));
    expect(await analyze('terrible terrible difficult amazing', {}, py311.url)).toBe(body('-0.3', 'neutral', '0.0'));
  });
});

it('trap 8: a tiny negative mean is sent as -0.0', async () => {
  // −0.9 + 0.7 + 0.2 = −5.55e−17 in doubles, / 3 = −1.85e−17 → round → −0.0.
  const text = await analyze('terrible great fine');
  expect(text).toBe(body('-0.0', 'neutral', '0.0'));
  expect(Object.is((JSON.parse(text) as { score: number }).score, -0)).toBe(true);
});

describe('trap 9: risk', () => {
  it('triggers alone saturate at 0.5 (4 × 0.15 = 0.6 → 0.5), duplicates kept in order', async () => {
    expect(await analyze('refund refund refund refund')).toBe(
      body('0.0', 'neutral', '0.5', ['refund', 'refund', 'refund', 'refund']),
    );
  });

  it('caps at 1.0, written 1.0', async () => {
    // −0.9 ⇒ 0.5 + min(4 × 0.15, 0.5) = 1.0.
    expect(await analyze('terrible lawsuit lawyer attorney sue')).toBe(
      body('-0.9', 'negative', '1.0', ['lawsuit', 'lawyer', 'attorney', 'sue']),
    );
  });

  it('triggers are lower-cased and stripped', async () => {
    expect(await analyze('I want a REFUND! Cancel my account, I will report you to the BBB.')).toBe(
      body('0.0', 'neutral', '0.5', ['refund', 'cancel', 'report', 'bbb']),
    );
  });
});

it('trap 10: channel and customer do not change the analysis', async () => {
  const a = await analyze('awful manager manager', { customer_id: 'X1', channel: 'email' });
  const b = await analyze('awful manager manager', { customer_id: 'Y-2', channel: null });
  // awful −0.85 ⇒ 0.5 + 2 × 0.15 = 0.8.
  expect(a).toBe(body('-0.85', 'negative', '0.8', ['manager', 'manager']));
  expect(b).toBe(a);
});

it('no keyword at all is 0.0 / neutral, and one space is valid text', async () => {
  expect(await analyze(' ')).toBe(body('0.0', 'neutral', '0.0'));
});
