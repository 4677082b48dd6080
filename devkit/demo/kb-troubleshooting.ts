/** Knowledge base category 3003 "Troubleshooting & Orders": connectivity, deliveries, and agent-only playbooks. */
import type { SeedCategory } from '../fakes/freshdesk/account';
import { article, bullets, heading, para, steps } from './kb-article';

export const troubleshootingAndOrders: SeedCategory = {
  id: 3003,
  name: 'Troubleshooting & Orders',
  description: 'Fix connection problems, update firmware and follow your orders.',
  created_at: '2025-01-20T09:40:00Z',
  folders: [
    {
      id: 3107,
      name: 'Connectivity',
      description: 'Offline devices, Wi-Fi and firmware.',
      created_at: '2025-01-20T09:45:00Z',
      articles: [
        article(4029, 'Device shows "Offline" in the app', [
          para('A device shows <b>Offline</b> when it has not reached our servers for 5 minutes.'),
          steps('Check that other devices on your Wi-Fi are online.', 'Restart the device: unplug it, or hold the button for 10 seconds.', 'Restart your router.', 'Check the signal in the app under <b>Device &gt; Diagnostics</b>; below -70 dBm the connection is unreliable.'),
          para('Still offline? Contact us with the device serial number (Settings &gt; Device info).'),
        ], {
          tags: ['offline', 'wifi', 'troubleshooting'],
          written: '2025-02',
          updated_at: '2026-06-11T10:20:00Z',
          draft: {
            title: 'Device shows "Offline" in the app (firmware 4.2 update)',
            description:
              '<p>A device shows <b>Offline</b> when it has not reached our servers for 5 minutes.</p><p><b>Outdoor cameras on firmware 4.2:</b> if your router uses Wi-Fi channel 12 or 13, move it to channel 1, 6 or 11 until firmware 4.2.1 is available.</p>',
            updated_at: '2026-11-24T16:05:00Z',
          },
        }),
        article(4030, 'Improving Wi-Fi signal for doorbells and cameras', [
          para('Doorbells and outdoor cameras sit behind walls and doors, which weaken Wi-Fi. Aim for a signal of -65 dBm or better.'),
          bullets('Move the router higher and closer to the front of the house.', 'Plug an Acme Chime Extender in halfway between router and door; it also repeats the Wi-Fi signal.', 'Avoid metal door frames directly behind the doorbell.'),
        ], { tags: ['wifi', 'doorbell', 'camera', 'chime-extender'], written: '2025-03' }),
        article(4031, '2.4 GHz and 5 GHz networks explained', [
          para('Acme devices use 2.4 GHz Wi-Fi, which reaches further through walls. Most routers broadcast both bands, often under one network name.'),
          para('If a device will not pair, or drops often, give the 2.4 GHz band its own name in your router settings, connect the device to it, and use channel 1, 6 or 11.'),
        ], { tags: ['wifi', 'router'], written: '2025-03' }),
        article(4032, 'Updating device firmware', [
          para('Devices update automatically overnight. To update now, open <b>Device &gt; Settings &gt; Device info &gt; Update</b>.'),
          para('Keep battery devices above 30% charge during an update. Release notes for every version are in the app under <b>Settings &gt; About &gt; What\'s new</b>.'),
        ], { tags: ['firmware', 'updates'], written: '2025-04', updated_at: '2026-11-02T09:00:00Z' }),
        article(4033, 'Camera night vision tips', [
          para('Cameras switch to infrared at dusk. A bright or washed-out band at night is usually infrared light bouncing off something close to the lens.'),
          bullets('Tilt the camera down 10–15 degrees so less of the eaves or wall is in view.', 'Set Night vision to <b>Auto</b> instead of <b>Always on</b>.', 'Clean the lens with a dry microfibre cloth.'),
        ], { tags: ['camera', 'night-vision'], written: '2025-06' }),
        article(4034, 'Doorbell battery life', [
          para('A full charge lasts up to two months with around 10 presses and 40 motion events a day.'),
          heading('What shortens it'),
          bullets('Temperatures below 0 °C: lithium batteries deliver less power in the cold.', 'A weak Wi-Fi signal makes the doorbell work harder.', 'High motion sensitivity on a busy street.'),
          para('For year-round use in cold climates, connect the doorbell to an existing bell transformer.'),
        ], { tags: ['doorbell', 'battery'], written: '2025-10' }),
        article(4041, 'Matter and Thread support', [
          para('DRAFT: Matter support arrives with Home Hub firmware 5.0. Which devices, when, and how to pair them with other ecosystems.'),
        ], { status: 1, tags: ['matter', 'hub'], written: '2026-11', hits: 0, thumbs_up: 0, thumbs_down: 0 }),
      ],
    },
    {
      id: 3108,
      name: 'Orders & delivery',
      description: 'Tracking, delivery problems and damaged parcels.',
      created_at: '2025-01-20T09:50:00Z',
      articles: [
        article(4035, 'Tracking your order', [
          para('We email you a tracking link as soon as your order leaves our warehouse, usually within one working day. You can also find it under <b>Orders</b> in the app.'),
          para('Tracking can pause for up to 3 days while a parcel crosses a carrier hub; that is normal.'),
        ], { tags: ['orders', 'tracking'], written: '2025-02' }),
        article(4036, 'My parcel says delivered but it is not here', [
          steps('Check around your property, with neighbours and with your building\'s reception.', 'Look for a card from the carrier.', 'Wait until the end of the next working day: carriers sometimes scan parcels as delivered early.'),
          para('Still missing? Contact us with your order number. We open an investigation with the carrier and, for orders over 48 hours late, send a replacement.'),
        ], { tags: ['orders', 'delivery', 'missing-parcel'], written: '2025-02' }),
        article(4037, 'My order arrived damaged', [
          para('Sorry about that. Take a photo of the box and the device and send it to us with your order number within 14 days.'),
          para('We send a replacement by express delivery straight away; you do not need to return the damaged item.'),
        ], { tags: ['orders', 'damaged'], written: '2025-03' }),
        article(4038, 'Delivery times and shipping costs', [
          bullets('UK and Ireland: 1–2 working days, free over £40', 'EU: 2–4 working days, free over 50 €', 'US and Canada: 2–5 working days, free over $50', 'Express (next working day) is available at checkout in most regions'),
        ], { tags: ['orders', 'shipping'], written: '2025-01' }),
      ],
    },
    {
      id: 3109,
      name: 'Agent playbooks',
      description: 'Internal: how we handle difficult cases. Visible to agents only.',
      visibility: 3,
      created_at: '2025-09-01T12:00:00Z',
      articles: [
        article(4039, 'Playbook: handling escalations', [
          para('Use this when a customer mentions a lawyer, a complaint to a regulator, chargebacks, or asks for a manager.'),
          steps('Move the ticket to the <b>Escalations</b> group and set priority to Urgent.', 'Reply within one hour: acknowledge, own the problem, give a concrete next step and a time.', 'Offer goodwill where we failed (see the goodwill table), never before understanding the problem.', 'Add a private note summarising the history for the lead.'),
        ], { tags: ['internal', 'escalation'], written: '2025-09' }),
        article(4040, 'Playbook: firmware 4.2 camera reconnect regression', [
          para('Known issue FW-1182: outdoor cameras on 4.2 lose their connection when the router uses 2.4 GHz channel 12 or 13.'),
          bullets('Workaround: move the router to channel 1, 6 or 11.', 'If the customer cannot change channels, roll the camera back to 4.1.3 from the admin console.', 'Fix: 4.2.1, expected first week of December.'),
        ], { type: 2, tags: ['internal', 'firmware-4.2', 'camera'], written: '2026-11' }),
      ],
    },
  ],
};
