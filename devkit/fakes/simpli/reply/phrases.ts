/** The sentences the fake Reply composes drafts from, per language and style. `{topic}` / `{quote}` are filled in. */
import type { Category } from '../triage/taxonomy';
import type { Language, Style } from './styles';

interface StylePhrases {
  greeting: string;
  acknowledge: string;
  closing: string;
}

export const STYLE_PHRASES: Readonly<Record<Language, Readonly<Record<Style, StylePhrases>>>> = {
  en: {
    friendly: { greeting: 'Hi there,', acknowledge: 'Thanks for reaching out about {topic}. You wrote: "{quote}"', closing: 'Cheers,\nThe Support Team' },
    formal: { greeting: 'Dear customer,', acknowledge: 'Thank you for contacting us regarding {topic}. We have received your message: "{quote}"', closing: 'Kind regards,\nThe Support Team' },
    concise: { greeting: 'Hi,', acknowledge: 'Re {topic}:', closing: 'Thanks,\nSupport' },
    empathetic: { greeting: 'Hi there,', acknowledge: "I'm really sorry about the trouble with {topic}, and I understand how frustrating this is. You wrote: \"{quote}\"", closing: 'Warm regards,\nThe Support Team' },
  },
  de: {
    friendly: { greeting: 'Hallo,', acknowledge: 'danke für Ihre Nachricht zum Thema {topic}. Sie schreiben: „{quote}“', closing: 'Viele Grüße\nIhr Support-Team' },
    formal: { greeting: 'Sehr geehrte Kundin, sehr geehrter Kunde,', acknowledge: 'vielen Dank für Ihre Anfrage zum Thema {topic}. Wir haben Ihre Nachricht erhalten: „{quote}“', closing: 'Mit freundlichen Grüßen\nIhr Support-Team' },
    concise: { greeting: 'Hallo,', acknowledge: 'zum Thema {topic}:', closing: 'Danke\nSupport' },
    empathetic: { greeting: 'Hallo,', acknowledge: 'es tut mir sehr leid, dass es beim Thema {topic} Ärger gibt – ich verstehe, wie frustrierend das ist. Sie schreiben: „{quote}“', closing: 'Herzliche Grüße\nIhr Support-Team' },
  },
};

interface TopicPhrases {
  topic: string;
  nextStep: string;
}

export const TOPIC_PHRASES: Readonly<Record<Language, Readonly<Record<Category, TopicPhrases>>>> = {
  en: {
    billing: { topic: 'your billing', nextStep: 'I have checked your account and will correct any wrong charge; you will see the adjustment on your next invoice.' },
    technical: { topic: 'the technical issue', nextStep: 'Please clear your cache and try again; if the error persists, send us a screenshot and the time it happened so we can investigate.' },
    account: { topic: 'your account', nextStep: 'I have sent a password reset link to the email address on file; it is valid for 24 hours.' },
    shipping: { topic: 'your order', nextStep: 'Your package is on its way; I will send you the tracking link as soon as the courier updates it.' },
    feature_request: { topic: 'your suggestion', nextStep: 'I have passed your idea to our product team and added your vote to the request.' },
    general: { topic: 'your request', nextStep: 'I am looking into this and will get back to you with an answer shortly.' },
  },
  de: {
    billing: { topic: 'Rechnung', nextStep: 'Ich habe Ihr Konto geprüft und korrigiere jede falsche Belastung; die Gutschrift sehen Sie auf Ihrer nächsten Rechnung.' },
    technical: { topic: 'technisches Problem', nextStep: 'Bitte leeren Sie Ihren Cache und versuchen Sie es erneut; falls der Fehler bleibt, senden Sie uns einen Screenshot und die Uhrzeit.' },
    account: { topic: 'Konto', nextStep: 'Ich habe Ihnen einen Link zum Zurücksetzen des Passworts an Ihre hinterlegte E-Mail-Adresse geschickt; er ist 24 Stunden gültig.' },
    shipping: { topic: 'Bestellung', nextStep: 'Ihr Paket ist unterwegs; den Tracking-Link schicke ich Ihnen, sobald der Zusteller ihn aktualisiert.' },
    feature_request: { topic: 'Vorschlag', nextStep: 'Ich habe Ihre Idee an unser Produktteam weitergegeben und Ihre Stimme hinzugefügt.' },
    general: { topic: 'Anliegen', nextStep: 'Ich kümmere mich darum und melde mich in Kürze mit einer Antwort.' },
  },
};

/** A suggested macro per topic; general questions have none (the docs allow null). */
export const TEMPLATES: Readonly<Record<Category, string | null>> = {
  billing: 'billing_charge_correction',
  technical: 'technical_troubleshooting',
  account: 'account_password_reset',
  shipping: 'shipping_status_update',
  feature_request: 'feature_request_ack',
  general: null,
};
