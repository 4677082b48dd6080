/**
 * simpli_core.fastapi.ChatMessage (docs/simpli.md "Enumerations"): role is AuthorType, content at least 1 character.
 */
import { model, oneOf, required, str } from './validation';

export const AUTHOR_TYPES = ['customer', 'agent', 'system'] as const;

export const ChatMessage = model('ChatMessage', {
  role: required(oneOf(AUTHOR_TYPES)),
  content: required(str({ minLength: 1 })),
});
