/**
 * Conversations added the way an agent or a mail would add them, through the fake Freshdesk's own API
 * (POST /api/v2/tickets/:id/notes, https://developers.freshdesk.com/api/#add_note_to_a_ticket): they never pass
 * through the local platform, so they cost the app nothing and show in no template log.
 */
import axios from 'axios';
import { DEMO_ADMIN_API_KEY } from '../demo';
import type { Stack } from './start-harness';

export interface ConversationOptions {
  /** true: the customer's (incoming); default false, an agent's. */
  incoming?: boolean;
  /** default false: a public reply. */
  private?: boolean;
  userId?: number;
}

export async function addConversation(stack: Stack, ticketId: number, body: string, options: ConversationOptions = {}): Promise<void> {
  const api = axios.create({ baseURL: stack.fakes.freshdesk.url, auth: { username: DEMO_ADMIN_API_KEY, password: 'X' } });
  const { status } = await api.post(`/api/v2/tickets/${ticketId}/notes`, {
    body,
    private: options.private ?? false,
    incoming: options.incoming ?? false,
    ...(options.userId !== undefined ? { user_id: options.userId } : {}),
  });
  if (status !== 201) throw new Error(`adding a conversation to ${ticketId}: ${status}`);
}
