/**
 * A minimal stand-in for the Freshdesk ticket page around the sidebar: it frames `/app/<sidebar url>?ticket=<id>`
 * (~350 px wide, docs/platform.md "Front end: bootstrapping and the frame"), shows a reply editor that `setValue { id:
 * "editor" }` writes into and a list of `showNotify` messages (docs/platform.md
 * "Front end: the interface method and events"), follows `instance.resize`, and can fire
 * `app.activated`/`app.deactivated` into the frame. It renders what the client posts to `window.parent` (protocol.ts
 * ClientMessage); the server's interface log remains the record tests assert on.
 *
 * Embedded (`&embedder=<origin>`, framed by a local tool's own ticket page such as the simulator's): it shows the
 * sidebar frame alone and passes the client's interface messages up to that page, which renders the editor and the
 * notifications itself. The client only ever posts to its own origin (client/page.ts), so this page is the one that
 * hears it; it passes messages on only to a loopback origin, never to a page on the web.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_MESSAGE_SOURCE, HOST_MESSAGE_SOURCE, PATHS } from './protocol';

/**
 * `modules.support_ticket.location.ticket_sidebar.url` from manifest.json (docs/platform.md "Manifest (platform 3.0)"),
 * else "index.html".
 */
export function readSidebarUrl(appDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(appDir, 'manifest.json'), 'utf8')) as {
      modules?: { support_ticket?: { location?: { ticket_sidebar?: { url?: unknown } } } };
    };
    const url = manifest.modules?.support_ticket?.location?.ticket_sidebar?.url;
    return typeof url === 'string' && url !== '' ? url : 'index.html';
  } catch {
    return 'index.html';
  }
}

/**
 * `modules.common.location.full_page_app.url` from manifest.json (docs/platform.md "Manifest (platform 3.0)": a
 * common placeholder), or undefined when the app has no full page.
 */
export function readFullPageUrl(appDir: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(appDir, 'manifest.json'), 'utf8')) as {
      modules?: { common?: { location?: { full_page_app?: { url?: unknown } } } };
    };
    const url = manifest.modules?.common?.location?.full_page_app?.url;
    return typeof url === 'string' && url !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Runs in the host page. Plain ES2019 in a string: it is tiny and must not need a build. */
const HOST_SCRIPT = `(function () {
  var frame = document.getElementById('app-frame');
  var editor = document.getElementById('reply-editor');
  var notes = document.getElementById('notifications');
  var embedder = new URLSearchParams(location.search).get('embedder');
  if (!embedder || window.parent === window || !/^http:\\/\\/(127\\.0\\.0\\.1|localhost)(:\\d{1,5})?$/.test(embedder)) embedder = null;
  if (embedder) document.body.className = 'embedded';
  function onInterface(m) {
    var o = m.options || {};
    if (m.action === 'setValue' && o.id === 'editor') {
      editor.value = o.replace ? o.text : (o.position === 'start' ? o.text + editor.value : editor.value + o.text);
    } else if (m.action === 'showNotify') {
      var li = document.createElement('li');
      li.className = 'notify notify-' + o.type;
      li.textContent = (o.title ? o.title + ': ' : '') + o.message;
      notes.appendChild(li);
    }
  }
  window.addEventListener('message', function (e) {
    var m = e.data;
    // jsdom leaves source/origin empty; a browser always sets them, and then they must be the app frame's.
    if ((e.source && e.source !== frame.contentWindow) || (e.origin && e.origin !== location.origin)) return;
    if (!m || m.source !== '${CLIENT_MESSAGE_SOURCE}') return;
    if (m.kind === 'resize') frame.style.height = m.height + 'px';
    if (m.kind === 'interface') {
      onInterface(m);
      if (embedder) window.parent.postMessage(m, embedder);
    }
  });
  function fire(name) {
    frame.contentWindow.postMessage({ source: '${HOST_MESSAGE_SOURCE}', kind: 'event', name: name }, location.origin);
  }
  document.getElementById('activate').addEventListener('click', function () { fire('app.activated'); });
  document.getElementById('deactivate').addEventListener('click', function () { fire('app.deactivated'); });
})();`;

export function renderHostPage(sidebarUrl: string, ticketId: number | undefined): string {
  const query = ticketId === undefined ? '' : `?ticket=${ticketId}`;
  const src = escapeHtml(`${PATHS.app}${sidebarUrl.replace(/^\/+/, '')}${query}`);
  const title = ticketId === undefined ? 'No ticket' : `Ticket #${ticketId}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title} — Simpli local platform</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; display: flex; gap: 16px; padding: 16px; background: #f5f7f9; }
  main { flex: 1; } #reply-editor { width: 100%; min-height: 220px; font: inherit; }
  #app-frame { width: 350px; height: 500px; border: 1px solid #cfd7df; background: #fff; }
  .notify { padding: 6px 8px; margin: 4px 0; background: #fff; border-left: 4px solid #2c5cc5; list-style: none; }
  body.embedded { padding: 0; background: #fff; } body.embedded main { display: none; }
  body.embedded aside, body.embedded #app-frame { width: 100%; } body.embedded #app-frame { border: 0; display: block; }
</style>
</head>
<body>
<main>
  <h1>${title}</h1>
  <label for="reply-editor">Reply editor</label>
  <textarea id="reply-editor"></textarea>
  <ul id="notifications"></ul>
  <button id="activate" type="button">Fire app.activated</button>
  <button id="deactivate" type="button">Fire app.deactivated</button>
</main>
<aside><iframe id="app-frame" title="ticket_sidebar" src="${src}"></iframe></aside>
<script>${HOST_SCRIPT}</script>
</body>
</html>
`;
}
