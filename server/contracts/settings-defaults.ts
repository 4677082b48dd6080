/**
 * The defaults of the settings that have one (the rows of settings-table.ts take them from here). A file of its
 * own so the sidebar, which needs only these, does not carry the table's labels and help texts in its bundle.
 */

/** The tones Simpli Reply drafts in that the app offers (Reply's GET /api/v1/styles lists them). */
export const DRAFT_STYLES = ['friendly', 'formal', 'concise'] as const;
export type DraftStyle = (typeof DRAFT_STYLES)[number];

export interface SettingDefaults {
  feature_triage: boolean;
  triage_min_confidence_priority: number;
  triage_min_confidence_type: number;
  triage_min_confidence_group: number;
  triage_overwrite_existing: boolean;
  feature_draft: boolean;
  feature_draft_note: boolean;
  draft_style: DraftStyle;
  feature_sentiment: boolean;
  sentiment_escalation_threshold: number;
  sentiment_raise_priority: boolean;
  sentiment_first_message: boolean;
  feature_qa: boolean;
  qa_sample_rate: number;
  feature_kb_sync: boolean;
}

/** Percentages are 0–100 as the admin types them; the server reads them as shares (contracts/iparams.ts). */
export const SETTING_DEFAULTS: Readonly<SettingDefaults> = {
  feature_triage: true,
  triage_min_confidence_priority: 60,
  triage_min_confidence_type: 70,
  triage_min_confidence_group: 70,
  triage_overwrite_existing: false,
  feature_draft: true,
  feature_draft_note: true,
  draft_style: 'friendly',
  feature_sentiment: true,
  sentiment_escalation_threshold: 50,
  sentiment_raise_priority: false,
  sentiment_first_message: false,
  feature_qa: true,
  qa_sample_rate: 100,
  feature_kb_sync: true,
};
