/**
 * What the custom installation page needs from one installation — the local side of `fdk run`'s
 * `/custom_configs/fetch` and `/custom_configs/store` (FDK 6.9 lib/routes/configs.js, https://github.com/hemchander23/glitch-fdk-base) and of the page's `client`
 * (https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/app-settings/custom-app-settings):
 *
 * - the configs handed to the page's `getConfigs(configs)` when the app is installed (editing): the stored values
 *   and `__meta`. Whether secure values are handed back is undocumented ("secure iparams are masked from the view
 *   of all app users once the values are saved",
 *   https://developers.freshworks.com/docs/app-sdk/v3.0/contact/app-settings/app-installation-page/installation-page);
 *   the strict reading withholds them, `secureValuesToPage: true` gives the other one;
 * - request templates with the installation page's rules (context may fill host and headers: before install
 *   there are no iparams), on the installation's 50/min budget;
 * - `client.iparams.get()`: the stored non-secure values when installed, nothing before;
 * - storing what `postConfigs()` returned, then `onAppInstall` with it: the Install/Save button of the local
 *   page installs again. A blocked install (renderData with an error) keeps the previous settings.
 */
import { configProblem, META_KEY, type InstallationConfig } from './installation-config';
import type { LocalPlatform, PlatformRun } from './local-platform';
import { currentHostFor, type CurrentHost } from './payloads';
import type { InvokeTemplateArgs, TemplateResponse } from './types';

export type StoreOutcome =
  | { ok: true; install: PlatformRun | undefined }
  | { ok: false; status: number; message: string; install?: PlatformRun };

export interface InstallPageBackend {
  /** What `getConfigs(configs)` receives, or undefined for a new installation (then it is not called). */
  configsForPage(): InstallationConfig | undefined;
  invokeTemplate(name: string, args: InvokeTemplateArgs): Promise<TemplateResponse>;
  publicIparams(): Record<string, unknown>;
  secureKeys(): ReadonlySet<string>;
  currentHost(): CurrentHost;
  store(config: unknown): Promise<StoreOutcome>;
}

export interface InstallPageOptions {
  /** Hand secure values to getConfigs too (the lenient reading). Default false: withheld. */
  secureValuesToPage?: boolean;
  /** Called after settings were stored and onAppInstall let them stand (npm start persists them). */
  onStored?: (config: InstallationConfig, install: PlatformRun | undefined) => void;
}

/** The message of a blocking renderData({ message }) (at most 60 characters), else the failure's name. */
function blockedMessage(run: PlatformRun): string {
  const error = run.renderData?.error as { message?: unknown } | undefined;
  if (typeof error?.message === 'string' && error.message !== '') return error.message;
  return `onAppInstall ${run.failure ?? 'failed'}`;
}

const isInstalled = (config: InstallationConfig) => Object.keys(config).some((k) => k !== META_KEY);

/** `current()` is asked on every call, so "reset demo" (a new LocalPlatform) is followed. */
export function createInstallPage(current: () => LocalPlatform, options: InstallPageOptions = {}): InstallPageBackend {
  const request = new WeakMap<LocalPlatform, ReturnType<LocalPlatform['installPageRequest']>>();
  const requestOf = (platform: LocalPlatform) => {
    let api = request.get(platform);
    if (!api) request.set(platform, (api = platform.installPageRequest()));
    return api;
  };
  return {
    configsForPage() {
      const stored = current().storedConfig();
      if (!isInstalled(stored)) return undefined;
      if (options.secureValuesToPage) return stored;
      const secure = current().installation.secureKeys;
      return Object.fromEntries(Object.entries(stored).filter(([k]) => !secure.has(k)));
    },
    invokeTemplate: (name, args) => requestOf(current()).invokeTemplate(name, args),
    publicIparams() {
      const { iparams, secureKeys } = current().installation;
      return structuredClone(Object.fromEntries(Object.entries(iparams).filter(([k]) => !secureKeys.has(k))));
    },
    secureKeys: () => new Set(current().installation.secureKeys),
    currentHost: () => currentHostFor(current().account, current().config.productModules),
    async store(config) {
      const problem = configProblem(config);
      if (problem) return { ok: false, status: 400, message: problem };
      const platform = current();
      const previous = platform.storedConfig();
      platform.storeConfig(config as InstallationConfig);
      const install = platform.config.events.has('onAppInstall') ? await platform.fireEvent('onAppInstall') : undefined;
      if (install && !install.ok) {
        platform.storeConfig(previous);
        return { ok: false, status: 422, message: blockedMessage(install), install };
      }
      options.onStored?.(platform.storedConfig(), install);
      return { ok: true, install };
    },
  };
}
