/** Reply `POST /api/v1/draft` (simpli-api.md §5.2) as the sidebar's Regenerate reads it. */
import type { Draft } from './record';
import { num, obj, text } from './read';

export function readDraftAnswer(value: unknown, style: string): Draft | undefined {
  const o = obj(value);
  const body = text(o?.draft);
  if (!o || body === undefined) return undefined;
  const draft: Draft = { text: body, style };
  const id = text(o.draft_id);
  const confidence = num(o.confidence);
  const language = text(o.language);
  if (id !== undefined) draft.id = id;
  if (confidence !== undefined) draft.confidence = confidence;
  if (language !== undefined) draft.language = language;
  return draft;
}
