/**
 * Two tickets that exist to break careless rendering:
 * - 1011: a customer who tested the dashboard with hostile device names. Script and event-handler HTML appear
 *   as text (escaped in the HTML, so description_text holds the raw `<script>`), raw in the HTML itself (as if a
 *   sanitiser missed it), in the subject, in a tag and in a custom field. Nothing of it may ever run.
 * - 1012: non-ASCII everywhere: umlauts, ß, curly quotes, emoji with skin tones, ZWJ sequences and flags
 *   (surrogate pairs), CJK, a decomposed "ë" (e + U+0308), the euro sign and an ellipsis.
 */
import type { SeedTicket } from '../fakes/freshdesk/account';
import { CONTACT } from './people';
import { customer, html, ticket } from './thread';

export const HOSTILE_TICKET_ID = 1011;
export const UNICODE_TICKET_ID = 1012;

export const edgeTickets: SeedTicket[] = [
  ticket({
    id: HOSTILE_TICKET_ID,
    subject: 'Device name <img src=x onerror=alert(1)> breaks the camera list',
    description: html(
      "Hi, I'm a web developer and was curious how the dashboard handles odd names, so I renamed my indoor camera to:",
      "<code>&lt;script&gt;alert('pwned')&lt;/script&gt;</code>",
      'Now the camera list in the web dashboard is blank. I also named my plug <code>&lt;img src=x onerror="alert(document.cookie)"&gt;</code> and the app shows the raw text, but the dashboard shows a broken image.',
      'This is what the dashboard page source had where the name should be:',
      '<img src="x" onerror="alert(\'xss-in-description\')"><script>alert("xss")</script>',
      'Could you reset both device names to "Living room" and "Desk plug"? Sorry for the mess!',
      'Sam',
    ),
    requester_id: CONTACT.sam,
    source: 2,
    tags: ['<svg onload=alert(1)>'],
    custom_fields: { cf_order_number: '"><img src=x onerror=alert(2)>', cf_device: 'Indoor Camera' },
    created_at: '2026-11-25T02:33:33Z',
    thread: [
      customer(
        html(
          'One more: the ticket subject probably looks weird on your side too. Other names I tried: <code>&lt;/textarea&gt;&lt;svg onload=alert(3)&gt;</code>, <code>{{ticket.subject}}</code>, <code>${7*7}</code> and <code>javascript:alert(4)</code>.',
          '<a href="javascript:alert(5)">Link to my device list</a>',
        ),
        25,
      ),
    ],
  }),
  ticket({
    id: UNICODE_TICKET_ID,
    subject: 'Kamera-Update kaputt 😡📷 – „Verbindung fehlgeschlagen“ seit 4.2',
    description: html(
      'Hallo Acme-Team,',
      'seit dem Update auf Firmware 4.2 zeigt meine Außenkamera nur noch „Verbindung fehlgeschlagen“ ❌. Ich habe alles versucht: Neustart, WLAN-Passwort neu eingegeben (es enthält Sonderzeichen wie ß, ü und €), Router gewechselt … nichts hilft 😤.',
      'Unsere Familie 👨‍👩‍👧 verlässt sich auf die Kamera, weil wir oft verreisen ✈️🇦🇹. Übrigens: die Fehlermeldung in der App erscheint auf Japanisch – 接続エラー (0x8007) – obwohl die App auf Deutsch eingestellt ist?!',
      'Bitte um schnelle Hilfe 🙏🏽',
      'Zoe\u0308',
    ),
    requester_id: CONTACT.zoe,
    custom_fields: { cf_device: 'Outdoor Camera' },
    created_at: '2026-11-25T06:40:10Z',
    thread: [
      customer(
        html(
          'Sorry, in English too: the camera is broken since update 4.2 and I am really upset 😡 — two weeks without a working camera.',
          'Grüße aus Wien 🇦🇹, Zoë',
        ),
        35,
      ),
    ],
  }),
];
