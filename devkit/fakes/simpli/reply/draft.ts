/**
 * The fake Reply's draft (POST /api/v1/draft, docs/simpli.md "Reply"): it answers the customer's LAST message —
 * topic from the Triage classifier, a quote of its first sentence — in the requested style and language.
 * Deterministic: the same request gives the same draft and the same draft_id.
 */
import { pyRound } from '../python/round';
import { stableId } from '../shared/ids';
import { firstSentence, words } from '../shared/text';
import { classify } from '../triage/classify';
import { STYLE_PHRASES, TEMPLATES, TOPIC_PHRASES } from './phrases';
import { resolveLanguage, type Language, type Style } from './styles';

export interface ChatMessage {
  role: 'customer' | 'agent' | 'system';
  content: string;
}

export interface DraftInput {
  ticket_id: string;
  conversation: ChatMessage[];
  style: Style;
  language: string;
}

export interface Draft {
  draft_id: string;
  draft: string;
  confidence: number;
  suggested_template: string | null;
  language: Language;
}

export function composeDraft(input: DraftInput): Draft {
  const customerMessages = input.conversation.filter((m) => m.role === 'customer');
  const answered = customerMessages[customerMessages.length - 1] ?? input.conversation[input.conversation.length - 1];
  const text = answered?.content ?? '';
  const language = resolveLanguage(input.language);
  const topic = classify('', text);
  const style = STYLE_PHRASES[language][input.style];
  const about = TOPIC_PHRASES[language][topic.category];
  const acknowledge = style.acknowledge.replace('{topic}', about.topic).replace('{quote}', firstSentence(text, 80));
  const draft = [style.greeting, acknowledge, about.nextStep, style.closing].join('\n\n');

  // More to go on (a recognised topic, a longer message) ⇒ more confident; never certain.
  const detail = Math.min(words(text).length, 20) / 20;
  const confidence = pyRound(Math.min(0.95, 0.3 + 0.4 * topic.confidence + 0.2 * detail), 2);
  return {
    draft_id: stableId('drf', input.ticket_id, input.conversation, input.style, language),
    draft,
    confidence,
    suggested_template: TEMPLATES[topic.category],
    language,
  };
}
