/** Numbers, times and names as an agent reads them. Pure: `now` and the locale come from the caller. */

/** 0–1 → "82%". */
export const percent = (share: number): string => `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;

/** −1…1 → "−0.80" / "+0.35" (a real minus sign: screen readers say "minus"). */
export function signed(score: number): string {
  const fixed = Math.abs(score).toFixed(2);
  if (fixed === '0.00') return '0.00';
  return `${score < 0 ? '−' : '+'}${fixed}`;
}

/** "billing_issue" / "billing-issue" → "Billing issue". */
export function humanize(word: string): string {
  const spaced = word.replace(/[_-]+/g, ' ').trim();
  return spaced === '' ? word : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "in 12 min", "in 3 h", "in 2 days", or undefined once the moment has passed. */
export function fromNow(at: number, now: number): string | undefined {
  const ms = at - now;
  if (ms <= 0) return undefined;
  if (ms < HOUR) return `in ${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < 48 * HOUR) return `in ${Math.round(ms / HOUR)} h`;
  return `in ${Math.round(ms / (24 * HOUR))} days`;
}

/** "14:05", with the date when it is not today's: "25 Nov, 14:05". */
export function clockTime(at: number, now: number, locale?: string): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (new Date(now).toDateString() === date.toDateString()) return time;
  return `${date.toLocaleDateString(locale, { day: 'numeric', month: 'short' })}, ${time}`;
}

const LANGUAGES: Readonly<Record<string, string>> = {
  en: 'English',
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  'pt-BR': 'Portuguese (Brazil)',
};

export const LANGUAGE_CODES: readonly string[] = Object.keys(LANGUAGES);

export function languageName(code: string): string {
  return LANGUAGES[code] ?? LANGUAGES[code.split(/[-_]/)[0] ?? ''] ?? code;
}

/** "Dana's" / "this customer's". */
export const possessive = (name: string | undefined): string => (name ? `${name}’s` : 'this customer’s');
