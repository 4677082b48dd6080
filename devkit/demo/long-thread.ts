/**
 * Ticket 1009: a doorbell that keeps dropping off Wi-Fi, two weeks of troubleshooting in 35 conversations
 * (more than one page of 30, so the app must follow `Link: rel="next"`; more than the 10 that
 * `?include=conversations` returns). Patience runs out in the last customer reply.
 */
import type { SeedTicket } from '../fakes/freshdesk/account';
import { AGENT, CONTACT, GROUP } from './people';
import { customer, html, note, reply, ticket } from './thread';

export const LONG_THREAD_TICKET_ID = 1009;

const M = AGENT.marcus;

export const longThreadTicket: SeedTicket = ticket({
  id: LONG_THREAD_TICKET_ID,
  subject: 'Doorbell keeps disconnecting from Wi-Fi',
  description: html(
    'Hello,',
    'My Acme video doorbell goes offline several times a day: the app shows it as offline, the chime does not ring and I miss visitors.',
    'It was installed in October and worked for the first two weeks.',
    "Grace O'Connor",
  ),
  requester_id: CONTACT.grace,
  source: 1,
  status: 2,
  priority: 3,
  type: 'Problem',
  group_id: GROUP.technical,
  responder_id: M,
  tags: ['doorbell', 'wifi', 'repeat-contact', 'ai-category:technical', 'ai-urgency:medium'],
  custom_fields: { cf_device: 'Video Doorbell', cf_ai_category: 'Technical', cf_ai_urgency: 'medium', cf_ai_confidence: '0.81' },
  created_at: '2026-11-11T08:14:27Z',
  thread: [
    reply(M, html('Hi Grace,', "Sorry the doorbell keeps dropping. Could you tell me its firmware version (Settings &gt; Device info), and whether your router uses the same network name for 2.4 GHz and 5 GHz?", 'Marcus'), 65),
    customer(html('Firmware 3.9.2. Yes, both bands have the same name, OConnorHome. It dropped again at 7 this morning.'), 240),
    reply(M, html('Thanks. The doorbell only uses 2.4 GHz and can get confused when both bands share a name. Could you give the 2.4 GHz band its own name for now, then re-add the doorbell under Settings &gt; Wi-Fi?'), 50),
    customer(html('Done: split the bands and reconnected it to OConnorHome-2G. Will report back.'), 180),
    note(M, html('On 3.9.2, bands now split. If it still drops, check RSSI in diagnostics.'), 10),
    customer(html('It dropped again overnight. Twice.'), 1320),
    reply(M, html('Sorry to hear that. Please open the app &gt; Doorbell &gt; Diagnostics and send me the signal strength (RSSI) it shows.'), 35),
    customer(html('Signal shows -71 dBm. The router is in the living room, the doorbell about 8 metres away through the hall.'), 95),
    note(M, html('RSSI -71 is borderline. A chime extender should fix it; checked stock, we have them.'), 15),
    reply(M, html('-71 dBm is on the weak side and explains the drops. We make a plug-in chime extender that also repeats the signal, and I would like to send you one free of charge. Can you confirm your delivery address?'), 10),
    customer(html("That's kind of you. Address: 22 Harbour Road, Howth, Dublin D13 X2Y4."), 120),
    note(M, html('Created free order AC-104611 (Chime Extender), An Post, 2 working days.'), 20),
    reply(M, html('The extender is on its way (order AC-104611). When it arrives, plug it in about halfway between the router and the front door, and pair it from Settings &gt; Chime &gt; Add extender.'), 5),
    customer(html('Extender arrived and is set up. Signal now -58 dBm. Fingers crossed.'), 2880),
    reply(M, html("That's a big improvement. Let's give it a couple of days and see."), 40),
    customer(html('Two days without a disconnect!'), 2900),
    reply(M, html("Brilliant. I'll keep the ticket open for a few more days in case anything changes."), 30),
    customer(html('It went offline again this morning and missed a delivery. The courier left a card.'), 1500),
    reply(M, html('I am sorry. Firmware 4.0.1 came out yesterday and fixes a reconnect problem on doorbells. Could you update it under Settings &gt; Device info &gt; Update?'), 25),
    customer(html('Updated to 4.0.1 and rebooted everything, router included.'), 70),
    note(M, html('Now on 4.0.1 (fixes FW-1044 reconnect loop). Monitoring.'), 5),
    customer(html('Offline again at 15:20 today. This is getting really frustrating.'), 420),
    reply(M, html('I understand. Could you switch on "Send diagnostics" under Settings &gt; Privacy? Then engineering can see exactly why it drops.'), 30),
    customer(html('Switched on.'), 15),
    note(M, html('Diagnostics: the DHCP lease renewal fails roughly every 20 hours; router is a Vodafone Gigabox. Asked engineering, FW-1187.'), 600),
    reply(M, html('The logs show the doorbell loses its network address when your router renews it. Could you reserve a fixed address for the doorbell in the router (DHCP reservation)? On the Gigabox it is under Settings &gt; LAN &gt; Reserved addresses.'), 20),
    customer(html("I don't have the router admin password, the router is from Vodafone. I've asked them."), 90),
    customer(html('Vodafone gave me the password. I reserved 192.168.1.50 for the doorbell.'), 2800),
    reply(M, html('Perfect, that should stop the daily drop. Let me know how the next few days go.'), 25),
    note(AGENT.aisha, html('Engineering confirms FW-1187: a firmware bug with Gigabox routers. Fix planned for 4.1, mid-December.'), 300),
    customer(html('Still dropping, less often: about once every two days. I have now spent two weeks on this.'), 4300),
    reply(M, html("You've been very patient. Engineering confirmed a bug with your router model; the fix is in firmware 4.1, due mid-December. Until then I can send a doorbell from the new hardware batch, which is not affected. Would that help?"), 45),
    customer(html('Honestly I do not want to take the doorbell off the wall and fit a new one myself. I need it to just work.'), 200),
    note(AGENT.priya, html('Flagged to Escalations. Offer: a technician visit to swap the unit plus 3 months of Acme Plus free. Watch this customer.'), 30),
    customer(
      html(
        'Two weeks, a free extender, a firmware update and a router change, and the doorbell still drops every other day. I have been patient but this is unacceptable.',
        "I don't want another workaround: either a doorbell that works before Christmas or a full refund, and I'd like a supervisor to call me.",
        'Grace',
      ),
      1616,
    ),
  ],
});
