/**
 * The settings screen around a custom installation page, as `fdk run`'s `/custom_configs` drives it (FDK 6.9 lib/routes/configs.js, https://github.com/hemchander23/glitch-fdk-base,
 * and its custom-iparams screen script): it frames `/custom_configs/form`, hands the stored configs to the page's `getConfigs(configs)` once
 * the page has loaded (only when the app is installed: editing), and on Install/Save calls `validate()` — anything
 * but `true`, or a promise of it, stops there — then `postConfigs()`, and posts the result to
 * `/custom_configs/store`. Messages follow the FDK's own ("Validation failed.", "Error occurred while calling
 * method: …"). `#outcome[data-outcome]` says how it ended: stored, invalid, blocked or error.
 */
import { PATHS } from './protocol';

/** Runs in the settings screen. Plain ES2019 in a string: it is small and must not need a build. */
const SCRIPT = `(function () {
  var frame = document.getElementById('config-frame');
  var button = document.getElementById('install');
  var outcome = document.getElementById('outcome');
  function say(kind, text) { outcome.setAttribute('data-outcome', kind); outcome.textContent = text; }
  function describe(e) { return e && e.message ? e.message : String(e); }
  function call(name, args) {
    var fn = frame.contentWindow[name];
    if (typeof fn !== 'function') return Promise.reject(new Error(name + ' is not defined by the installation page'));
    try { return Promise.resolve(fn.apply(frame.contentWindow, args)); } catch (e) { return Promise.reject(e); }
  }
  function step(name, args) {
    return call(name, args).catch(function (e) { throw new Error('Error occurred while calling method: ' + name + ' - ' + describe(e)); });
  }
  frame.addEventListener('load', function () {
    fetch('${PATHS.customConfigs}/fetch').then(function (r) { return r.json(); }).then(function (body) {
      var configs = body.customIParams || {};
      return Object.keys(configs).length > 0 ? step('getConfigs', [configs]) : undefined;
    }).then(function () {
      button.disabled = false;
      document.body.setAttribute('data-ready', 'true');
    }, function (e) { say('error', describe(e)); });
  });
  button.addEventListener('click', function () {
    button.disabled = true;
    say('working', 'Checking…');
    var hasValidate = typeof frame.contentWindow.validate === 'function';
    (hasValidate ? step('validate', []) : Promise.resolve(true)).then(function (valid) {
      if (valid !== true) { say('invalid', 'Validation failed.'); return; }
      return step('postConfigs', []).then(function (configs) {
        return fetch('${PATHS.customConfigs}/store', {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(configs)
        }).then(function (r) {
          return r.json().then(function (body) {
            if (r.ok) say('stored', 'App installation parameters have been successfully stored; onAppInstall ran with them.');
            else say(r.status === 422 ? 'blocked' : 'error', (r.status === 422 ? 'Install blocked: ' : 'Failed to store installation parameters: ') + body.message);
          });
        });
      });
    }).catch(function (e) { say('error', describe(e)); }).then(function () { button.disabled = false; });
  });
  // Same origin: the frame grows with the page, so the screen scrolls as one (and screenshots show all of it).
  setInterval(function () {
    var doc = frame.contentDocument;
    if (doc && doc.documentElement) frame.style.height = Math.max(400, doc.documentElement.scrollHeight) + 'px';
  }, 200);
})();`;

export function renderInstallHostPage(installed: boolean): string {
  const action = installed ? 'Save' : 'Install';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>App settings — local platform</title>
<link rel="icon" href="data:,">
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; background: #f5f7f9; color: #12344d; }
  header { padding: 12px 24px; background: #fff; border-bottom: 1px solid #cfd7df; }
  header h1 { font-size: 18px; margin: 0; }
  header p { margin: 4px 0 0; color: #475867; }
  #config-frame { display: block; width: 100%; max-width: 880px; margin: 16px auto; height: 600px; border: 1px solid #cfd7df; background: #fff; }
  footer { display: flex; gap: 16px; align-items: center; padding: 12px 24px; background: #fff; border-top: 1px solid #cfd7df; }
  #install { font: inherit; font-weight: 600; padding: 8px 20px; border-radius: 4px; border: 1px solid #2c5cc5; background: #2c5cc5; color: #fff; cursor: pointer; }
  #install:disabled { opacity: .6; cursor: default; }
  #outcome[data-outcome="stored"] { color: #00795b; }
  #outcome[data-outcome="invalid"], #outcome[data-outcome="blocked"], #outcome[data-outcome="error"] { color: #d72d30; }
</style>
</head>
<body>
<header>
  <h1>App settings</h1>
  <p>${installed ? 'Editing the installed app’s settings.' : 'A new installation.'} The page below is config/iparams.html, framed as Freshdesk frames it.</p>
</header>
<iframe id="config-frame" title="Installation page" src="${PATHS.customConfigs}/form"></iframe>
<footer>
  <button id="install" type="button" disabled>${action}</button>
  <p id="outcome" role="status" aria-live="polite"></p>
</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
