/**
 * The non-secure installation parameters the sidebar reads with `client.iparams.get()` (free: no platform
 * operation). Defaults are the settings table's; secure keys never reach the browser (fdk-platform.md §3.3).
 */
import { SETTING_DEFAULTS as D } from '../../../server/contracts/settings-defaults';
import { flag, numeric, text } from './read';

export interface SidebarSettings {
  triage: boolean;
  draft: boolean;
  sentiment: boolean;
  qa: boolean;
  /** Minimum confidence (0–1) to apply each field; below it the value is only suggested. */
  thresholds: { priority: number; type: number; group: number };
  draftStyle: string;
  draftLanguage?: string;
}

const share = (x: unknown, fallbackPercent: number): number => {
  const n = numeric(x);
  return (n !== undefined && n >= 0 && n <= 100 ? n : fallbackPercent) / 100;
};

export function readSettings(iparams: unknown): SidebarSettings {
  const p = typeof iparams === 'object' && iparams !== null ? (iparams as Record<string, unknown>) : {};
  const language = text(p.draft_language)?.trim();
  return {
    triage: flag(p.feature_triage, D.feature_triage),
    draft: flag(p.feature_draft, D.feature_draft),
    sentiment: flag(p.feature_sentiment, D.feature_sentiment),
    qa: flag(p.feature_qa, D.feature_qa),
    thresholds: {
      priority: share(p.triage_min_confidence_priority, D.triage_min_confidence_priority),
      type: share(p.triage_min_confidence_type, D.triage_min_confidence_type),
      group: share(p.triage_min_confidence_group, D.triage_min_confidence_group),
    },
    draftStyle: text(p.draft_style) ?? D.draft_style,
    ...(language ? { draftLanguage: language } : {}),
  };
}
