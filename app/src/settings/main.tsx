/**
 * The installation page's entry (esbuild → config/assets/iparams.js). config/iparams.html declares the three
 * functions the platform calls — getConfigs(configs), validate(), postConfigs() — and each delegates to
 * `window.simpliSettings`, set here before the page's inline script runs.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsPage } from './components/SettingsPage';
import { StoreContext } from './components/use-settings';
import { createInstallPort } from './fdk/install-port';
import { createSettingsStore } from './store';

declare global {
  interface Window {
    simpliSettings?: {
      getConfigs(configs: unknown): void;
      validate(): boolean;
      postConfigs(): Record<string, unknown>;
    };
  }
}

const store = createSettingsStore(createInstallPort());

window.simpliSettings = {
  getConfigs: (configs) => store.load(configs),
  validate: () => store.validate(),
  postConfigs: () => store.configs(),
};

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <SettingsPage />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
