/** Knowledge base category 3001 "Getting Started": installation (with the one subfolder) and the Acme app. */
import type { SeedCategory } from '../fakes/freshdesk/account';
import { article, bullets, para, steps } from './kb-article';

export const gettingStarted: SeedCategory = {
  id: 3001,
  name: 'Getting Started',
  description: 'Set up your Acme devices and get to know the Acme app.',
  created_at: '2025-01-20T09:00:00Z',
  folders: [
    {
      id: 3101,
      name: 'Installing your devices',
      description: 'Step-by-step installation guides for every Acme device.',
      created_at: '2025-01-20T09:05:00Z',
      articles: [
        article(4001, 'Installing the Smart Thermostat', [
          para('Most installations take about 30 minutes. Before you start, switch off the power to your heating system at the breaker.'),
          steps(
            'Take a photo of the wiring on your old thermostat and label each wire with the stickers in the box.',
            'Mount the Acme backplate with the two screws supplied and connect the labelled wires to the matching terminals.',
            'Click the thermostat onto the backplate and switch the power back on.',
            'Open the Acme app, tap <b>Add device &gt; Thermostat</b> and follow the on-screen steps.',
          ),
          para('Not sure your wiring is compatible? See <i>Which wires does the thermostat need?</i> in the Thermostat wiring section.'),
        ], { tags: ['thermostat', 'installation'], written: '2025-02', seo_data: { meta_title: 'Install the Acme Smart Thermostat', meta_description: 'Wire, mount and pair your thermostat in about 30 minutes.' } }),
        article(4002, 'Mounting the Video Doorbell', [
          para('The Video Doorbell runs on its rechargeable battery or on an existing doorbell transformer (8–24 V AC).'),
          steps(
            'Charge the battery fully with the USB-C cable (about 5 hours).',
            'Hold the mounting plate about 120 cm above the ground, mark the holes and drill them.',
            'If you are wiring it, connect the two bell wires to the screws on the back; polarity does not matter.',
            'Slide the doorbell onto the plate, tighten the security screw and pair it in the app.',
          ),
          para('Tip: pair the doorbell indoors first, next to your router, then mount it.'),
        ], { tags: ['doorbell', 'installation'], written: '2025-02' }),
        article(4003, 'Setting up an Outdoor Camera', [
          para('Choose a spot 2–3 metres high, under the eaves if possible, with a good Wi-Fi signal (check it with your phone before drilling).'),
          steps('Screw the mount to the wall and attach the camera.', 'Connect the weatherproof power cable.', 'In the app, tap <b>Add device &gt; Camera</b> and scan the QR code on the camera.'),
          para('Avoid pointing the camera at a wall or eaves close to the lens: infrared light reflects back at night and washes out the picture.'),
        ], { tags: ['camera', 'installation'], written: '2025-03' }),
        article(4004, 'Adding a Smart Plug', [
          para('Plug it into a wall socket, wait for the light to blink blue, then tap <b>Add device &gt; Plug</b> in the app.'),
          para('Smart Plugs connect to 2.4 GHz Wi-Fi only. If pairing fails, see <i>2.4 GHz and 5 GHz networks explained</i>.'),
          para('Maximum load: 13 A (3,000 W). Do not use with space heaters.'),
        ], { tags: ['plug', 'installation'], written: '2025-03' }),
        article(4005, 'Setting up the Home Hub', [
          para('The Home Hub connects Acme devices that use Zigbee, and keeps schedules running when your internet is down.'),
          steps('Connect the hub to your router with the Ethernet cable supplied.', 'Plug in the power adapter and wait for a steady green light (about 2 minutes).', 'Tap <b>Add device &gt; Home Hub</b> in the app.'),
          para('For buildings with many hubs, ask us about our installation partners.'),
        ], { tags: ['hub', 'installation'], written: '2025-04' }),
        article(4006, 'Which devices work without a Home Hub?', [
          para('Thermostats, cameras, doorbells and plugs all connect directly to Wi-Fi and work without a hub.'),
          para('You need a Home Hub for: Zigbee sensors, the Chime Extender in mesh mode, and schedules that keep running during an internet outage.'),
        ], { tags: ['hub', 'compatibility'], written: '2025-04' }),
      ],
      subfolders: [
        {
          id: 3102,
          name: 'Thermostat wiring',
          description: 'Wiring diagrams, the C-wire and thermostat error codes.',
          created_at: '2025-05-12T10:00:00Z',
          articles: [
            article(4007, 'Which wires does the thermostat need?', [
              para('The Acme thermostat needs a constant 24 V supply. Most systems provide it through a <b>C-wire</b> (common wire).'),
              bullets('R or Rh: 24 V power', 'W or W1: heating', 'Y or Y1: cooling', 'G: fan', 'C: common (constant power)'),
              para('No C-wire? Use the C-wire adapter included with every thermostat sold since 2025.'),
            ], { tags: ['thermostat', 'wiring', 'c-wire'], written: '2025-05' }),
            article(4008, 'Installing the C-wire adapter', [
              para('The adapter fits inside your heating system\'s control panel and supplies constant power over the existing wires.'),
              steps('Switch off the power at the breaker.', 'Connect the adapter\'s wires to R, C, W and Y on the control board, as shown in the diagram in the box.', 'Connect the thermostat to the adapter terminals marked on its label.', 'Switch the power back on and check that the thermostat display lights up.'),
              para('If you are not comfortable working inside the control panel, book an installer from the app.'),
            ], { tags: ['thermostat', 'wiring', 'c-wire'], written: '2025-05' }),
            article(4009, 'Thermostat error codes E1 to E6', [
              para('Error codes appear on the thermostat display and in the app.'),
              bullets(
                '<b>E1</b>: no power on the C-wire. Check the adapter.',
                '<b>E2</b>: temperature sensor fault. Restart; if it persists, contact us.',
                '<b>E3</b>: no Wi-Fi connection.',
                '<b>E4</b>: the heating system did not respond. Often after a power cut: switch the boiler off and on again at its own switch, then restart the thermostat.',
                '<b>E5</b>: wiring mismatch. Re-check the labels against your photo.',
                '<b>E6</b>: firmware update failed. Keep the thermostat powered; it retries automatically.',
              ),
            ], { tags: ['thermostat', 'error-codes', 'troubleshooting'], written: '2025-06', updated_at: '2026-10-02T14:00:00Z' }),
          ],
        },
      ],
    },
    {
      id: 3103,
      name: 'The Acme app',
      description: 'Accounts, household members, schedules and notifications.',
      created_at: '2025-01-20T09:10:00Z',
      articles: [
        article(4010, 'Creating your Acme account', [
          para('Download the Acme app from the App Store or Google Play and tap <b>Create account</b>. You need an email address and a mobile number for two-factor authentication.'),
          para('One account can manage several homes, for example your house and a holiday flat.'),
        ], { tags: ['account', 'app'], written: '2025-01' }),
        article(4011, 'Inviting household members', [
          para('Everyone in your home can have their own login, so nobody needs to share a password.'),
          steps('Open <b>Home &gt; Members</b> and tap <b>Invite</b>.', 'Enter their email address and choose a role: <b>Admin</b> (can add devices and members) or <b>Member</b> (can use devices).', 'They get an email with a link to join your home.'),
          para('Members can see cameras and change the temperature; only admins can delete recordings or devices.'),
        ], { tags: ['account', 'household', 'sharing'], written: '2025-03' }),
        article(4012, 'Setting up schedules and scenes', [
          para('A <b>schedule</b> changes devices at set times; a <b>scene</b> changes several devices at once when you tap it or when something happens (for example, everyone leaves home).'),
          para('Today a heating schedule applies to the whole home. Schedules per room are on our roadmap.'),
        ], { tags: ['app', 'schedules', 'thermostat'], written: '2025-04' }),
        article(4013, 'Notifications and quiet hours', [
          para('Choose what you are told about under <b>Settings &gt; Notifications</b>: motion, doorbell presses, device offline, low battery.'),
          para('<b>Quiet hours</b> silence everything except doorbell presses and alarms between the times you choose.'),
        ], { tags: ['app', 'notifications'], written: '2025-05' }),
        article(4014, 'Using the web dashboard', [
          para('Sign in at dashboard.acme.example to see all your devices and recordings on a computer. It uses the same account and two-factor authentication as the app.'),
          para('Device names can use letters, numbers, spaces and the characters - _ . ( ) only.'),
        ], { tags: ['dashboard', 'app'], written: '2025-08' }),
      ],
    },
  ],
};
