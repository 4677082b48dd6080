/**
 * The keyword tables of simpli-sentiment app.py @ e30184e, verbatim (docs/simpli.md
 * "Sentiment: the keyword algorithm"). Maps and a Set, never plain objects: `"constructor" in {}` is true in JS
 * (docs/simpli.md "Sentiment: the keyword algorithm", trap 4).
 */
export const NEGATIVE_KEYWORDS: ReadonlyMap<string, number> = new Map([
  ['terrible', -0.9],
  ['awful', -0.85],
  ['horrible', -0.85],
  ['worst', -0.8],
  ['hate', -0.8],
  ['furious', -0.8],
  ['unacceptable', -0.75],
  ['frustrated', -0.7],
  ['frustrating', -0.7],
  ['angry', -0.7],
  ['disgusted', -0.65],
  ['disappointed', -0.6],
  ['annoyed', -0.55],
  ['upset', -0.55],
  ['bad', -0.5],
  ['poor', -0.5],
  ['unhappy', -0.5],
  ['broken', -0.45],
  ['useless', -0.45],
  ['slow', -0.3],
  ['confusing', -0.3],
  ['difficult', -0.25],
  ['problem', -0.25],
  ['issue', -0.2],
  ['bug', -0.2],
]);

export const POSITIVE_KEYWORDS: ReadonlyMap<string, number> = new Map([
  ['excellent', 0.9],
  ['amazing', 0.85],
  ['fantastic', 0.85],
  ['wonderful', 0.8],
  ['outstanding', 0.8],
  ['love', 0.75],
  ['great', 0.7],
  ['perfect', 0.7],
  ['awesome', 0.7],
  ['happy', 0.6],
  ['pleased', 0.6],
  ['satisfied', 0.55],
  ['good', 0.5],
  ['nice', 0.45],
  ['helpful', 0.45],
  ['easy', 0.4],
  ['fast', 0.35],
  ['smooth', 0.35],
  ['thanks', 0.3],
  ['thank', 0.3],
  ['appreciate', 0.3],
  ['fine', 0.2],
  ['okay', 0.1],
  ['ok', 0.1],
]);

/** A list in Python; only membership is used. `unacceptable` is also a −0.75 keyword. */
export const ESCALATION_TRIGGERS: ReadonlySet<string> = new Set([
  'cancel',
  'lawsuit',
  'lawyer',
  'legal',
  'refund',
  'manager',
  'supervisor',
  'complaint',
  'report',
  'bbb',
  'attorney',
  'escalate',
  'unacceptable',
  'sue',
]);

/**
 * word.strip(".,!?;:'\"()[]{}"): exactly these 14 ASCII characters (docs/simpli.md "Sentiment: the keyword
 * algorithm", trap 2).
 */
export const STRIP_CHARS = '.,!?;:\'"()[]{}';
