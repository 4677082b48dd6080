/**
 * The draft the sidebar shows (the agent's latest Regenerate wins over the server's), the picker options, and the
 * HTML that goes into the reply editor: the same escaping rule the server uses for notes (server/domain/html.ts).
 */
import type { Draft } from '../contracts/record';
import type { SidebarSettings } from '../contracts/settings';
import { DRAFT_STYLES } from '../../../server/contracts/settings-defaults';
import { humanize, LANGUAGE_CODES, languageName, percent } from './format';

export { textToHtml as replyHtml } from '../../../server/domain/html';
export { currentDraft } from './current-draft';

export interface DraftView {
  text: string;
  /** "82% confident · Friendly · English". */
  meta: string;
  id?: string;
  regenerated: boolean;
  style: string;
  language: string;
}

/** The styles the installation page offers (the settings table's draft_style). */
export const STYLES: readonly string[] = DRAFT_STYLES;

export function draftView(draft: Draft, regenerated: boolean, settings: SidebarSettings): DraftView {
  const style = draft.style ?? settings.draft_style;
  const language = draft.language ?? settings.draft_language ?? 'en';
  const meta = [draft.confidence === undefined ? '' : `${percent(draft.confidence)} confident`, humanize(style), languageName(language)];
  return {
    text: draft.text,
    meta: meta.filter((m) => m !== '').join(' · '),
    ...(draft.id ? { id: draft.id } : {}),
    regenerated,
    style,
    language,
  };
}

export interface Option {
  value: string;
  label: string;
}

const withCurrent = (values: readonly string[], current: string): string[] => (values.includes(current) ? [...values] : [current, ...values]);

export const styleOptions = (current: string): Option[] => withCurrent(STYLES, current).map((v) => ({ value: v, label: humanize(v) }));

export const languageOptions = (current: string): Option[] => withCurrent(LANGUAGE_CODES, current).map((v) => ({ value: v, label: languageName(v) }));

/** Said when Simpli answered in another language than asked (the service falls back, e.g. to English). */
export function languageNote(requested: string, answered: string | undefined): string | undefined {
  if (answered === undefined) return undefined;
  const base = (code: string) => code.toLowerCase().split(/[-_]/)[0];
  if (base(requested) === base(answered)) return undefined;
  return `Simpli Reply has no ${languageName(requested)} drafts; this one is in ${languageName(answered)}.`;
}
