/**
 * The conversation QA scores (docs/simpli.md "QA", fixing the seed's pitfalls): the ticket's description is the
 * customer's first message, then the public conversations in order, `incoming` → customer, otherwise agent;
 * private notes are the team talking to itself and stay out; empty bodies are dropped (QA's messages need
 * content: the chat message of docs/simpli.md "Enumerations").
 */
import { cutToCodePoints } from '../text';
import type { QaMessage, ThreadEntry } from './types';

/** One message's share of a request: a quoted email history can be longer than everything else together. */
export const MAX_MESSAGE_CODE_POINTS = 10_000;

const content = (text: string) => cutToCodePoints(text.trim(), MAX_MESSAGE_CODE_POINTS);

export function qaMessages(description: string, thread: readonly ThreadEntry[]): QaMessage[] {
  const first: QaMessage[] = description.trim() ? [{ role: 'customer', content: content(description) }] : [];
  const rest = thread
    .filter((e) => !e.private && e.text.trim() !== '')
    .map((e): QaMessage => ({ role: e.incoming ? 'customer' : 'agent', content: content(e.text) }));
  return [...first, ...rest];
}

/** Why a resolution has nothing to score yet: QA judges an agent's replies, and there is none the customer saw. */
export const NO_PUBLIC_AGENT_REPLY = 'no public agent reply';

/**
 * Whether an agent has answered the customer in the open: a public, outgoing conversation with words (a reply,
 * or a public note the customer can read, docs/freshdesk.md "Conversations and pagination"). Private notes are the team
 * talking to itself.
 */
export const hasPublicAgentReply = (thread: readonly ThreadEntry[]): boolean => thread.some((e) => !e.private && !e.incoming && e.text.trim() !== '');

/** UTF-8 bytes of a string as JSON would carry it (JSON.stringify escapes controls and lone surrogates). */
export function jsonUtf8Bytes(value: unknown): number {
  let bytes = 0;
  for (const ch of JSON.stringify(value)) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export interface FittedMessages {
  messages: QaMessage[];
  /** Messages left out from the middle of a conversation too long for one request. */
  omitted: number;
}

/**
 * A request body is at most 100 KB (docs/platform.md "Request templates: limits"). When a long thread (email replies
 * quote each other) would pass `maxBytes`, the opening message is kept with as many of the latest as fit: how it
 * started and how it ended are what a resolution is judged on.
 */
export function fitMessages(messages: readonly QaMessage[], maxBytes: number): FittedMessages {
  if (jsonUtf8Bytes(messages) <= maxBytes) return { messages: [...messages], omitted: 0 };
  const [first, ...rest] = messages;
  if (!first) return { messages: [], omitted: 0 };
  const kept: QaMessage[] = [];
  let used = jsonUtf8Bytes([first]);
  for (let i = rest.length - 1; i >= 0; i -= 1) {
    const message = rest[i] as QaMessage;
    const cost = jsonUtf8Bytes(message) + 1; // and its comma
    if (used + cost > maxBytes) break;
    used += cost;
    kept.unshift(message);
  }
  return { messages: [first, ...kept], omitted: rest.length - kept.length };
}
