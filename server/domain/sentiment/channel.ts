/**
 * Freshdesk ticket source → Simpli channel (docs/simpli.md "Freshdesk sources as Simpli channels", our mapping over
 * the sources in docs/freshdesk.md "Priorities, statuses and sources"). A source we do not know sends no channel
 * at all: Sentiment accepts none (docs/simpli.md "Sentiment: POST /analyze"), not a guess.
 */
import type { Channel } from './types';

const CHANNEL_BY_SOURCE: Readonly<Record<number, Channel>> = {
  1: 'email', // Email
  10: 'email', // Outbound Email
  2: 'web', // Portal
  4: 'web', // Forum
  9: 'web', // Feedback Widget
  11: 'web', // Ecommerce
  3: 'phone', // Phone
  7: 'chat', // Chat
  8: 'chat', // MobiHelp
  12: 'chat', // Bot
  5: 'social', // Twitter
  6: 'social', // Facebook
  13: 'social', // WhatsApp
};

export const channelForSource = (source: number | null | undefined): Channel | undefined =>
  source == null ? undefined : CHANNEL_BY_SOURCE[source];
