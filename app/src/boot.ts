/**
 * The ticket_sidebar's first script (esbuild → app/scripts/boot.js, the only app script the page loads): connects
 * to the platform and makes the port at once, so the first opening's calls (fdk/sidebar-port.ts `prefetch`) are under
 * way at once; when the agent opens the app it paints the first view (first-view.ts: the classification in the
 * ticket's tags as soon as the ticket data is there, then the draft from the record), then starts the React app
 * (scripts/sidebar.js), which takes the port from the boot slot and the same record read. The React bundle is fetched and started after the first view: fetching it would share the first moments with
 * the data calls, and compiling it holds the page's only thread for tens of ms, which would keep their answers
 * waiting; it starts after FIRST_VIEW_WAIT_MS at most, whatever the first view is doing.
 */
import { initializeClient } from './fdk/client';
import { publishPort } from './fdk/boot-slot';
import { sharingFirstRecord } from './fdk/first-record';
import { createSidebarPort } from './fdk/sidebar-port';
import { paintClassification, paintFirstView } from './first-view';

const APP_SCRIPT = 'scripts/sidebar.js';
const FIRST_VIEW_WAIT_MS = 300;

let appStarted = false;
function startApp(): void {
  if (appStarted) return;
  appStarted = true;
  const script = document.createElement('script');
  script.src = APP_SCRIPT;
  document.body.append(script);
}

const sharing = initializeClient().then((client) => sharingFirstRecord(createSidebarPort(client, { prefetch: true })));
publishPort(sharing.then((s) => s.port));
setTimeout(startApp, FIRST_VIEW_WAIT_MS);
sharing
  .then(
    ({ port, readFirst }) =>
      new Promise<void>((done) => {
        const stop = port.onEvent((name) => {
          if (name !== 'app.activated') return;
          stop();
          port
            .ticket()
            .then((ticket) => {
              paintClassification(ticket.tagged);
              return readFirst(ticket.id);
            })
            .then(paintFirstView)
            .catch(() => undefined) // the React app reads and reports it
            .finally(done);
        });
      }),
  )
  .catch(() => undefined)
  .finally(startApp);
