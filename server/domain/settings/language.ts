/**
 * The draft language: empty (answer in the requester's language) or a BCP 47-style tag — a 2–3 letter language,
 * an optional 4-letter script, an optional 2-letter or 3-digit region: en, de, pt-BR, zh-Hant-TW, es-419.
 */

const TAG = /^([a-z]{2,3})(-[a-z]{4})?(-([a-z]{2}|\d{3}))?$/i;

export function languageProblem(value: string): string | undefined {
  const tag = value.trim();
  if (tag === '' || TAG.test(tag)) return undefined;
  return 'A language code such as en, de or pt-BR, or empty to answer in the requester’s language';
}

/** Conventional case: pt-br → pt-BR, ZH-hant → zh-Hant. Empty stays empty. */
export function normaliseLanguage(value: string): string {
  const m = TAG.exec(value.trim());
  if (!m) return value.trim();
  const script = m[2] ? `-${m[2][1]!.toUpperCase()}${m[2].slice(2).toLowerCase()}` : '';
  const region = m[4] ? `-${m[4].toUpperCase()}` : '';
  return `${m[1]!.toLowerCase()}${script}${region}`;
}
