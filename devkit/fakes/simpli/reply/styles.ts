/**
 * Reply's style profiles (GET /api/v1/styles; docs/simpli.md "Enumerations" names friendly and formal, the seed sends
 * "friendly") and the languages the fake can write. Anything else is the fake's own choice.
 */
export const STYLES = ['friendly', 'formal', 'concise', 'empathetic'] as const;
export type Style = (typeof STYLES)[number];

export const STYLE_DESCRIPTIONS: Readonly<Record<Style, string>> = {
  friendly: 'Warm and approachable, first names, short paragraphs',
  formal: 'Polite and professional, complete sentences, no contractions',
  concise: 'Two or three sentences, straight to the next step',
  empathetic: "Acknowledges the customer's feelings before solving the problem",
};

/** Languages the fake writes; any other requested language falls back to English (and says so). */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** "de", "DE", "de-AT", "de_CH" → "de"; unknown → "en". */
export function resolveLanguage(requested: string): Language {
  const primary = requested.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}
