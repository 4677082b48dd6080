/** Knowledge base category 3002 "Billing & Account": Acme Plus, payments and refunds, account security. */
import type { SeedCategory } from '../fakes/freshdesk/account';
import { article, bullets, para, steps } from './kb-article';

export const billingAndAccount: SeedCategory = {
  id: 3002,
  name: 'Billing & Account',
  description: 'Acme Plus, payments, refunds, invoices and keeping your account secure.',
  created_at: '2025-01-20T09:20:00Z',
  folders: [
    {
      id: 3104,
      name: 'Acme Plus subscription',
      description: 'Plans, billing periods and cancelling.',
      created_at: '2025-01-20T09:25:00Z',
      articles: [
        article(4015, "What's included in Acme Plus", [
          para('Acme Plus adds cloud recording and smarter alerts to every device in your home.'),
          bullets('60 days of video history for all cameras and doorbells', 'Person, package and vehicle detection', 'Extended warranty for as long as you subscribe', 'Priority phone support'),
          para('Monthly: £8.99 / $9.99 / 9,99 €. Annual: £89.99 / $99.99 / 99,99 €.'),
        ], { tags: ['acme-plus', 'pricing'], written: '2025-02' }),
        article(4016, 'Switching between monthly and annual billing', [
          para('Go to <b>Account &gt; Subscription &gt; Change plan</b>. When you switch to annual, the unused part of your current month is credited to the first annual payment.'),
          para('Switching from annual to monthly takes effect at your next renewal date.'),
        ], { tags: ['acme-plus', 'billing'], written: '2025-02' }),
        article(4017, 'Cancelling Acme Plus', [
          para('You can cancel at any time under <b>Account &gt; Subscription &gt; Cancel</b>. Your plan stays active until the end of the period you paid for, and recordings are kept for 30 days after that.'),
          para('If you were charged after asking us to cancel, contact us and we will refund that payment in full.'),
        ], { tags: ['acme-plus', 'cancel'], written: '2025-03' }),
        article(4018, 'Acme Plus and devices for businesses', [
          para('Landlords, clinics and offices can buy devices in bulk and pay by invoice (net 30) once their business account is approved.'),
          bullets('Volume pricing from 10 devices', 'One invoice per month for all properties', 'Certified installation partners in most regions'),
          para('Ask for a quote at business@acme.example.'),
        ], { tags: ['business', 'b2b', 'pricing'], written: '2025-07' }),
        article(4042, 'Acme Plus price changes from January 2027', [
          para('DRAFT, not for publication before Legal approval. Monthly price in the UK rises to £9.49; existing annual plans keep their price until renewal.'),
        ], { status: 1, tags: ['acme-plus', 'pricing'], written: '2026-11', hits: 0, thumbs_up: 0, thumbs_down: 0 }),
      ],
    },
    {
      id: 3105,
      name: 'Payments & refunds',
      description: 'Payment methods, unexpected charges, refunds, invoices and returns.',
      created_at: '2025-01-20T09:30:00Z',
      articles: [
        article(4019, 'Accepted payment methods', [
          para('We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay. Business accounts can also pay by bank transfer against an invoice.'),
        ], { tags: ['payment'], written: '2025-01' }),
        article(4020, 'Why do I see two charges?', [
          para('When you add or change a card, your bank may show a small <b>pre-authorisation</b> next to the real charge. It is not taken and disappears within 7 days.'),
          para('If you see two full charges for the same invoice, that is a duplicate: contact us with the invoice number and we will refund one of them straight away.'),
        ], { tags: ['billing', 'charges', 'refund'], written: '2025-03' }),
        article(4021, 'How long does a refund take?', [
          para('Refunds go back to the original payment method.'),
          bullets('Cards: 5–10 business days, depending on your bank', 'PayPal: 1–2 days', 'Bank transfer: 3–5 business days'),
          para('We send you a refund reference (RF-…) by email as soon as it is issued.'),
        ], { tags: ['refund', 'billing'], written: '2025-03', seo_data: { meta_title: 'Refund timing', meta_description: 'When will I get my money back?' } }),
        article(4022, 'Downloading invoices as PDF', [
          para('All invoices are under <b>Account &gt; Billing &gt; Invoices</b> in the app and on the web dashboard. Tap an invoice to download it as a PDF.'),
          para('Need your company name or VAT number on the invoice? Add it under <b>Account &gt; Billing &gt; Details</b> before the next invoice is issued.'),
        ], { tags: ['invoice', 'billing'], written: '2025-04' }),
        article(4023, 'Returning a device within 30 days', [
          para('You can return any device bought from acme.example within 30 days for a full refund.'),
          steps('Open <b>Orders</b>, choose the order and tap <b>Return items</b>.', 'Print the prepaid label and pack the device, ideally in its original box.', 'Drop the parcel at any carrier point. We refund you within 5 days of receiving it.'),
        ], { tags: ['returns', 'refund'], written: '2025-05' }),
      ],
    },
    {
      id: 3106,
      name: 'Account & security',
      description: 'Signing in, two-factor authentication and your data.',
      created_at: '2025-01-20T09:35:00Z',
      articles: [
        article(4024, 'Resetting your password', [
          para('Tap <b>Forgot password</b> on the sign-in screen and enter your email address. The reset link is valid for 24 hours.'),
          para('No email? Check your spam folder and add no-reply@acme.example to your contacts.'),
        ], { tags: ['account', 'password'], written: '2025-01' }),
        article(4025, 'Two-factor authentication', [
          para('Every Acme account uses two-factor authentication: after your password, you enter a code sent by text message or shown in an authenticator app.'),
          para('To switch to an authenticator app, go to <b>Account &gt; Security &gt; Two-factor</b>.'),
        ], { tags: ['account', '2fa', 'security'], written: '2025-02' }),
        article(4026, 'Changing the email address on your account', [
          para('Go to <b>Account &gt; Profile &gt; Email</b>. We send a confirmation link to the new address; the change applies once you click it.'),
        ], { tags: ['account', 'email'], written: '2025-04' }),
        article(4027, 'Deleting your account and your data', [
          para('You can delete your account under <b>Account &gt; Privacy &gt; Delete account</b>. Cancel Acme Plus first.'),
          para('We delete your recordings immediately and all other personal data within 30 days, except invoices, which the law requires us to keep for 7 years.'),
        ], { tags: ['account', 'privacy', 'gdpr'], written: '2025-05' }),
        article(4028, 'Keeping your account secure', [
          bullets('Use a password you do not use anywhere else.', 'Prefer an authenticator app to text messages.', 'Review <b>Account &gt; Security &gt; Signed-in devices</b> now and then.', 'We will never ask for your password or a 2FA code by email or phone.'),
        ], { tags: ['account', 'security'], written: '2025-09' }),
      ],
    },
  ],
};
