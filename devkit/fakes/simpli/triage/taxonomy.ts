/**
 * The fake Triage's category taxonomy and urgency vocabulary. The real taxonomy is not published
 * (docs/simpli.md "Enumerations": "Triage category — not defined anywhere"); the seed implies snake_case values and the
 * docs use "billing", so: billing, technical, account, shipping, feature_request, and general as fallback.
 */
export const CATEGORIES = ['billing', 'technical', 'account', 'shipping', 'feature_request'] as const;
export type Category = (typeof CATEGORIES)[number] | 'general';

/** Words and phrases that count as evidence for a category (matched as whole words). */
export const CATEGORY_TERMS: Readonly<Record<(typeof CATEGORIES)[number], readonly string[]>> = {
  billing: ['invoice', 'billing', 'bill', 'billed', 'charge', 'charged', 'payment', 'pay', 'paid', 'refund',
    'price', 'pricing', 'subscription', 'credit card', 'receipt', 'plan', 'upgrade', 'downgrade', 'vat'],
  technical: ['error', 'bug', 'crash', 'crashes', 'broken', 'fails', 'failed', 'failing', 'not working', '500',
    'timeout', 'slow', 'api', 'integration', 'install', 'sync', 'outage', 'down', 'app'],
  account: ['login', 'log in', 'sign in', 'password', 'reset', 'account', 'locked', '2fa', 'username', 'profile',
    'access', 'permission', 'permissions', 'email address'],
  shipping: ['shipping', 'delivery', 'delivered', 'package', 'tracking', 'shipment', 'courier', 'arrived', 'order',
    'parcel', 'shipped'],
  feature_request: ['feature', 'suggestion', 'would be great', 'would be nice', 'wish', 'add support', 'roadmap',
    'idea', 'could you add', 'please add'],
};

/** Urgency (docs/simpli.md "Enumerations": low/medium/high/critical, the seed's priority_map vocabulary). */
export type Urgency = 'low' | 'medium' | 'high' | 'critical';
export const URGENCIES: readonly Urgency[] = ['low', 'medium', 'high', 'critical'];

export const CRITICAL_TERMS = ['outage', 'down', 'breach', 'hacked', 'data loss', 'security incident', 'emergency'];
export const HIGH_TERMS = ['urgent', 'urgently', 'asap', 'immediately', 'as soon as possible', 'right away', 'blocked',
  'blocking', 'deadline', 'critical', "can't", 'cannot', 'unable'];
