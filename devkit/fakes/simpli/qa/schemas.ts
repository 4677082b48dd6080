/**
 * QA request model (docs/simpli.md "QA"): the seed sends conversation_id, agent_id and messages; [CLIENT]'s
 * /api/v1/evaluate sends only messages, so the two ids are optional here and echoed back when given.
 */
import { ChatMessage } from '../core/chat-message';
import { list, model, nullable, optional, required, str } from '../core/validation';

export const EvaluateRequest = model(
  'EvaluateRequest',
  {
    conversation_id: optional(nullable(str()), null),
    agent_id: optional(nullable(str()), null),
    messages: required(list(ChatMessage, { minLength: 1 })),
  },
  { fromAttributes: true },
);
