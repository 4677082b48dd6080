/** Reply `POST /api/v1/draft` (server/contracts/simpli.ts `draftSchema`) as the sidebar's Regenerate reads it. */
import type { Draft as ReplyAnswer } from '../../../server/contracts/simpli';
import type { Draft } from './record';
import { num, obj, text } from './read';

export function readDraftAnswer(value: unknown, style: string): Draft | undefined {
  const o = obj<ReplyAnswer>(value);
  const body = text(o?.draft);
  if (!o || body === undefined) return undefined;
  return { id: text(o.draft_id), text: body, confidence: num(o.confidence), language: text(o.language), style };
}
