/**
 * minimalAccount(): the smallest account that exercises every rule of the fake — the four default ticket
 * types (type required to close), the guide's AI fields (cf_ai_category, cf_ai_urgency dropdowns,
 * cf_ai_confidence text) and contact fields (sentiment_score, escalation_risk), one group, two agents (admin
 * and not), two contacts, two tickets with conversations, and a small Solutions tree with a subfolder.
 * Tests change what they need on the returned object (a fresh copy every call).
 */
import type { FreshdeskAccount } from './account';

export const ADMIN_KEY = 'admin-key-0001';
export const AGENT_KEY = 'agent-key-0002';

export function minimalAccount(): FreshdeskAccount {
  return {
    domain: 'acme-shop',
    rateLimitPerMinute: 200,
    apiKeys: [
      { key: ADMIN_KEY, agent_id: 73000000007, admin: true },
      { key: AGENT_KEY, agent_id: 73000000008, admin: false },
    ],
    ticketTypes: ['Question', 'Incident', 'Problem', 'Feature Request'],
    systemFieldsRequiredForClosure: ['ticket_type'],
    ticketFields: [
      { id: 73000550031, name: 'cf_ai_category', label: 'AI Category', type: 'custom_dropdown', choices: ['Billing', 'Bug', 'How-to', 'Feature request'] },
      { id: 73000550032, name: 'cf_ai_urgency', label: 'AI Urgency', type: 'custom_dropdown', choices: ['low', 'medium', 'high', 'critical'] },
      { id: 73000550033, name: 'cf_ai_confidence', label: 'AI Confidence', type: 'custom_text' },
    ],
    contactFields: [
      { id: 73000560001, name: 'sentiment_score', label: 'Sentiment Score', type: 'custom_dropdown', choices: ['positive', 'neutral', 'negative'] },
      { id: 73000560002, name: 'escalation_risk', label: 'Escalation Risk', type: 'custom_text' },
    ],
    groups: [{ id: 73000100001, name: 'Billing' }],
    agents: [
      { id: 73000000007, name: 'Sam Agent', email: 'sam@acme-shop.example', group_ids: [73000100001] },
      { id: 73000000008, name: 'Riley Agent', email: 'riley@acme-shop.example' },
    ],
    contacts: [
      { id: 73004500211, name: 'Dana Whitfield', email: 'dana.whitfield@example.org', phone: '+44 20 7946 0321' },
      { id: 73004500212, name: 'Lee Park', email: 'lee.park@example.org' },
    ],
    tickets: [
      {
        id: 1042,
        subject: 'Charged twice for my March invoice',
        description: '<div>Hi, my card was charged twice for invoice INV-2291. Please refund one of them.</div>',
        requester_id: 73004500211,
        priority: 2,
        tags: ['billing'],
        to_emails: ['support@acme-shop.example'],
        email_config_id: null,
        created_at: '2024-05-02T10:15:00Z',
        updated_at: '2024-05-02T10:15:04Z',
        conversations: [
          {
            id: 73015550001,
            body: '<div>Thanks for reaching out, Dana. I have refunded one charge.</div>',
            user_id: 73000000007,
            from_email: '"Acme Support" <support@acme-shop.example>',
            to_emails: ['dana.whitfield@example.org'],
            support_email: 'support@acme-shop.example',
            created_at: '2024-05-02T11:02:40Z',
          },
          {
            id: 73015550002,
            body: '<div>Got it, thank you!</div>',
            user_id: 73004500211,
            incoming: true,
            from_email: 'Dana Whitfield <dana.whitfield@example.org>',
            to_emails: ['support@acme-shop.example'],
            support_email: 'support@acme-shop.example',
            created_at: '2024-05-02T12:30:11Z',
          },
        ],
      },
      {
        id: 1043,
        subject: 'App crashes on login',
        description: '<p>Every time I log in the app closes.</p>',
        requester_id: 73004500212,
        type: 'Incident',
        created_at: '2024-05-03T08:00:00Z',
      },
    ],
    solutions: [
      {
        id: 73000100004,
        name: 'Billing & Payments',
        folders: [
          {
            id: 73000200009,
            name: 'Refunds',
            articles: [
              {
                id: 73000300115,
                title: 'How long does a refund take?',
                description: '<p>Card refunds show within <b>3–5 business days</b>.</p>',
                tags: ['refund', 'billing'],
                agent_id: 73000000007,
              },
            ],
            subfolders: [
              {
                id: 73000200010,
                name: 'Partial refunds',
                articles: [{ id: 73000300116, title: 'Partial refunds', description: '<p>We refund the difference.</p>' }],
              },
            ],
          },
        ],
      },
    ],
  };
}
