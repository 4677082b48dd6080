/**
 * The sidebar's backend for the platform web server. The server keeps one backend for its lifetime, but "reset
 * demo" replaces the installation; this one always speaks for the current one, with `client.data.get` answered
 * from the desk (product-data.ts).
 */
import type { FreshdeskFake } from '../fakes/freshdesk/service';
import type { LocalPlatform } from '../platform/local-platform';
import { currentHostFor } from '../platform/payloads';
import type { FrontendBackend } from '../platform/types';
import { productData } from './product-data';

export function followingFrontend(current: () => LocalPlatform, desk: FreshdeskFake): FrontendBackend {
  let made: { platform: LocalPlatform; backend: FrontendBackend } | undefined;
  const frontend = (): FrontendBackend => {
    const platform = current();
    if (made?.platform !== platform) {
      const data = productData(desk, () => currentHostFor(platform.account, platform.config.productModules));
      made = { platform, backend: platform.frontendBackend(data) };
    }
    return made.backend;
  };
  return {
    invokeTemplate: (name, args) => frontend().invokeTemplate(name, args),
    invokeSmi: (name, payload) => frontend().invokeSmi(name, payload),
    db: {
      set: (key, value, opts) => frontend().db.set(key, value, opts),
      get: (key) => frontend().db.get(key),
      update: (key, action, attributes) => frontend().db.update(key, action, attributes),
      delete: (key) => frontend().db.delete(key),
    },
    // A getter: the current installation's entity store (absent without config/entities.json).
    get entity() {
      return frontend().entity;
    },
    publicIparams: () => frontend().publicIparams(),
    productData: (name, ticketId) => frontend().productData(name, ticketId),
  };
}
