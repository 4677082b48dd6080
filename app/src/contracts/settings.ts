/**
 * The non-secure installation parameters the sidebar reads with `client.iparams.get()` (free: no platform
 * operation), under the server's names and types (server/contracts/iparams.ts) and read the same way: values as
 * the admin saved them (booleans, numbers or their strings), percentages as 0–1 shares, anything unreadable as the
 * settings table's default. Secure keys never reach the browser (docs/platform.md, "Secure installation parameters").
 */
import type { Settings } from '../../../server/contracts/iparams';
import { DRAFT_STYLES, SETTING_DEFAULTS as D } from '../../../server/contracts/settings-defaults';
import { flag, numeric, obj, text } from './read';

export type SidebarSettings = Pick<
  Settings,
  | 'feature_triage'
  | 'feature_draft'
  | 'feature_sentiment'
  | 'feature_qa'
  | 'triage_min_confidence_priority'
  | 'triage_min_confidence_type'
  | 'triage_min_confidence_group'
  | 'draft_style'
  | 'draft_language'
>;

const share = (x: unknown, fallbackPercent: number): number => {
  const n = numeric(x);
  return (n !== undefined && n >= 0 && n <= 100 ? n : fallbackPercent) / 100;
};

export function readSettings(iparams: unknown): SidebarSettings {
  const p = obj<SidebarSettings>(iparams) ?? {};
  return {
    feature_triage: flag(p.feature_triage, D.feature_triage),
    feature_draft: flag(p.feature_draft, D.feature_draft),
    feature_sentiment: flag(p.feature_sentiment, D.feature_sentiment),
    feature_qa: flag(p.feature_qa, D.feature_qa),
    triage_min_confidence_priority: share(p.triage_min_confidence_priority, D.triage_min_confidence_priority),
    triage_min_confidence_type: share(p.triage_min_confidence_type, D.triage_min_confidence_type),
    triage_min_confidence_group: share(p.triage_min_confidence_group, D.triage_min_confidence_group),
    draft_style: DRAFT_STYLES.find((style) => style === p.draft_style) ?? D.draft_style,
    draft_language: text(p.draft_language)?.trim(),
  };
}
