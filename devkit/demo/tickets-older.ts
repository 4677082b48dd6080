/**
 * Pending, resolved and closed tickets: worked by agents, with conversations (QA scores these), all from before the
 * app was installed. The app never saw them, so they carry no AI field values and no `ai-category:` /
 * `ai-urgency:` tags (the AI fields exist: the admin created them for the Simpli Freshdesk guide's middleware, which
 * the install finds); `npm start` marks them as created before the install.
 */
import type { SeedTicket } from '../fakes/freshdesk/account';
import { AGENT, CONTACT, COMPANY, GROUP } from './people';
import { customer, html, list, note, reply, ticket } from './thread';

/** Acme's one custom status (id ≥ 6, docs/freshdesk.md "Priorities, statuses and sources"). */
export const WAITING_ON_CARRIER = 6;

export const olderTickets: SeedTicket[] = [
  ticket({
    id: 1021,
    subject: 'Refund for returned smart plug 4-pack not received',
    description: html(
      'Hi,',
      'I returned the smart plug 4-pack (order AC-103310) on 4 November and the tracking shows you received it on the 8th. I have not had the money back yet. Can you check?',
      'Olivia',
    ),
    requester_id: CONTACT.olivia,
    status: 3,
    priority: 2,
    type: 'Refund',
    group_id: GROUP.billing,
    responder_id: AGENT.sofia,
    tags: ['returns'],
    custom_fields: { cf_order_number: 'AC-103310', cf_device: 'Smart Plug' },
    created_at: '2026-11-20T10:02:14Z',
    thread: [
      reply(
        AGENT.sofia,
        html(
          'Hi Olivia,',
          'Thanks for your patience. The return reached our warehouse on 8 November and I issued the refund of $79.96 today (reference RF-88213). Card refunds take 5 to 10 business days to appear.',
          'Could you confirm the last four digits of the card you paid with, so I can make sure it went to the right one?',
          'Sofia',
        ),
        75,
      ),
      customer(html("It's the Visa ending 4421. Thanks for the quick answer!"), 130),
      note(AGENT.sofia, html('Refund RF-88213 issued via Stripe to Visa 4421. Pending until the customer confirms receipt.'), 8),
      reply(AGENT.sofia, html("That's the card the refund went to. I'll keep this ticket open until you see it on your statement; just reply here when it arrives."), 2),
    ],
  }),
  ticket({
    id: 1022,
    subject: 'Switching Acme Plus from monthly to annual',
    description: html("Hi, I'd like to switch my Acme Plus plan from monthly to annual billing. Will I get credit for the rest of this month? Thanks, Dana"),
    requester_id: CONTACT.dana,
    status: 3,
    priority: 1,
    type: 'Billing',
    group_id: GROUP.billing,
    responder_id: AGENT.sofia,
    tags: ['acme-plus'],
    created_at: '2026-11-19T12:45:00Z',
    thread: [
      reply(
        AGENT.sofia,
        html(
          'Hi Dana,',
          'Yes: the unused part of November is credited to the annual plan, so the first annual charge would be £829.00 instead of £899.00.',
          'I have prepared the switch. Please reply to confirm it should take effect on 1 December.',
          'Sofia',
        ),
        190,
      ),
    ],
  }),
  ticket({
    id: 1023,
    subject: 'Replacement for the camera damaged in transit',
    description: html(
      'Hello, one of the two indoor cameras from order AC-104180 arrived with a cracked lens. Photo attached. Could you send a replacement to our Elm Street clinic?',
      'Ahmed Hassan',
    ),
    requester_id: CONTACT.ahmed,
    company_id: COMPANY.brightside,
    status: WAITING_ON_CARRIER,
    priority: 2,
    type: 'Problem',
    group_id: GROUP.shipping,
    responder_id: AGENT.julien,
    tags: ['damaged-in-transit'],
    custom_fields: { cf_order_number: 'AC-104180', cf_device: 'Indoor Camera' },
    created_at: '2026-11-21T14:20:31Z',
    thread: [
      reply(AGENT.julien, html('Hi Ahmed,', 'Sorry about the lens. A replacement left our warehouse this morning with UPS, tracking 1Z999AA10123456784. No need to send the damaged one back.', 'Julien'), 1100),
      note(AGENT.julien, html('Opened a carrier damage claim with UPS, case 44120-B. Status set to Waiting on Carrier until delivery.'), 4),
      customer(html("Thank you, we'll watch for it."), 240),
    ],
  }),
  ticket({
    id: 1024,
    subject: 'Thermostat arrived with a cracked display',
    description: html('The box for my new thermostat arrived crushed and the display is cracked. Photos attached. Order AC-103877.', 'Ben Carter'),
    requester_id: CONTACT.ben,
    status: 4,
    priority: 2,
    type: 'Problem',
    group_id: GROUP.shipping,
    responder_id: AGENT.tomas,
    tags: ['damaged-in-transit'],
    custom_fields: { cf_order_number: 'AC-103877', cf_device: 'Smart Thermostat' },
    created_at: '2026-11-14T09:31:00Z',
    thread: [
      reply(
        AGENT.tomas,
        html(
          'Hi Ben,',
          "I'm sorry your thermostat arrived like that. I've sent a replacement by express delivery (order AC-103951); it should be with you tomorrow before noon.",
          'There is no need to return the damaged one. Please recycle it at any electronics collection point.',
          'Tomás',
        ),
        55,
      ),
      customer(html('Replacement arrived this morning and works perfectly. Thanks for sorting it so fast!'), 1500),
      reply(AGENT.tomas, html("Glad to hear it, Ben. I'll close this ticket; just reply if anything else comes up."), 20),
    ],
  }),
  ticket({
    id: 1025,
    subject: 'Password reset email never arrives',
    description: html("I've asked for a password reset three times in the last hour and no email has arrived. The address on my account is olivia.brooks@example.com."),
    requester_id: CONTACT.olivia,
    source: 2,
    status: 4,
    priority: 2,
    type: 'Question',
    group_id: GROUP.accounts,
    responder_id: AGENT.hannah,
    created_at: '2026-11-12T19:05:44Z',
    thread: [
      reply(
        AGENT.hannah,
        html(
          'Hi Olivia,',
          'Our logs show the three reset emails were delivered, so they are most likely in your spam or junk folder. Could you check there, and add no-reply@acme.example to your contacts so future emails land in your inbox?',
          'The reset link is valid for 24 hours.',
          'Hannah',
        ),
        35,
      ),
      customer(html('Great, found them in spam! All sorted, thank you.'), 25),
      reply(AGENT.hannah, html("You're welcome! I'll mark this as resolved."), 10),
    ],
  }),
  ticket({
    id: 1026,
    subject: 'Night vision picture very grainy',
    description: html('The outdoor camera picture at night is very grainy and washed out at the top. Daytime is fine.'),
    requester_id: CONTACT.raj,
    source: 2,
    status: 4,
    priority: 1,
    type: 'Question',
    group_id: GROUP.technical,
    responder_id: AGENT.marcus,
    custom_fields: { cf_device: 'Outdoor Camera' },
    created_at: '2026-11-03T22:10:09Z',
    thread: [
      reply(
        AGENT.marcus,
        html(
          'Hi Raj,',
          'That washed-out band is usually infrared light reflecting off the eaves or a wall close to the lens. Two things help:',
          list('Tilt the camera down by 10 to 15 degrees so less of the eaves is in view.', 'In the app, set Night vision to "Auto" instead of "Always on".'),
          'Marcus',
        ),
        600,
      ),
      customer(html('OK, tilting it helped. The picture is fine now.'), 1400),
      reply(AGENT.marcus, html("Good to hear. I'll resolve the ticket; reply any time if the picture gets worse again."), 30),
    ],
  }),
  ticket({
    id: 1027,
    subject: 'Double prélèvement sur ma carte ?',
    description: html(
      'Bonjour,',
      'Je vois deux prélèvements de 4,99 € sur mon relevé pour Acme Plus ce mois-ci. Est-ce normal ?',
      'Camille',
    ),
    requester_id: CONTACT.camille,
    status: 4,
    priority: 1,
    type: 'Billing',
    group_id: GROUP.billing,
    responder_id: AGENT.julien,
    created_at: '2026-11-06T16:40:00Z',
    thread: [
      reply(
        AGENT.julien,
        html(
          'Bonjour Camille,',
          "Le premier montant est une pré-autorisation de votre banque lors de l'ajout de la carte ; il disparaîtra de votre relevé sous 7 jours. Seul le second est réellement débité.",
          'Bonne journée,<br>Julien',
        ),
        240,
      ),
      customer(html("Merci pour l'explication !"), 300),
    ],
  }),
  ticket({
    id: 1028,
    subject: 'Rechnung als PDF für die Steuer',
    description: html('Hallo, ich brauche für meine Steuererklärung die Rechnungen für das Thermostat und das Acme-Plus-Abo als PDF. Wo finde ich die?', 'Lukas Becker'),
    requester_id: CONTACT.lukas,
    status: 5,
    priority: 1,
    type: 'Question',
    group_id: GROUP.billing,
    responder_id: AGENT.sofia,
    tags: ['invoice'],
    created_at: '2026-10-28T08:12:00Z',
    thread: [
      reply(
        AGENT.sofia,
        html(
          'Hallo Herr Becker,',
          'alle Rechnungen finden Sie in der App unter Konto &gt; Abrechnung &gt; Rechnungen, jeweils mit einem PDF-Download. Ich habe Ihnen beide Rechnungen außerdem an diese E-Mail angehängt.',
          'Viele Grüße<br>Sofia Lindqvist',
        ),
        150,
      ),
      customer(html('Danke, hat geklappt!'), 60),
    ],
  }),
];
