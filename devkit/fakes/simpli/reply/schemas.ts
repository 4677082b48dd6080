/**
 * Reply request models (docs/simpli.md "Reply"): the seed/docs body for drafts ([CLIENT]'s {messages, context}
 * body is not accepted: 422), core's ChatMessage for conversation items (docs/simpli.md "Enumerations"), feedback as
 * documented.
 */
import { ChatMessage } from '../core/chat-message';
import { bool, list, model, nullable, oneOf, optional, required, str } from '../core/validation';
import { STYLES } from './styles';

export const DraftRequest = model(
  'DraftRequest',
  {
    ticket_id: required(str({ minLength: 1 })),
    conversation: required(list(ChatMessage, { minLength: 1 })),
    style: optional(oneOf(STYLES), 'friendly'),
    language: optional(str({ minLength: 2, maxLength: 35 }), 'en'),
  },
  { fromAttributes: true },
);

export const FeedbackRequest = model(
  'FeedbackRequest',
  {
    draft_id: required(str({ minLength: 1 })),
    accepted: required(bool()),
    edited_text: optional(nullable(str()), null),
  },
  { fromAttributes: true },
);
