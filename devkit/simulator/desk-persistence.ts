/**
 * The fake Freshdesk account on disk (`.local-platform/freshdesk.json`), beside the `$db` written against it.
 * At start the account comes back from the file, or — missing, damaged, or grown from other demo data (the seed's
 * fingerprint differs) — starts from the seed, and then the installation's files are wiped with it: records in
 * `$db` must never point at tickets the account no longer has. Every change is written soon after it happens:
 * the app's writes through the API (any request but a GET) and the simulator's own actions.
 */
import { createHash } from 'node:crypto';
import type { FreshdeskAccount } from '../fakes/freshdesk/account';
import type { FreshdeskFake } from '../fakes/freshdesk/service';
import { isFreshdeskSnapshot } from '../fakes/freshdesk/store';
import type { FakeService } from '../fakes/kit';
import { installationStateExists, readJsonFile, wipeInstallation, writeJsonFile, type StateFiles } from './state-files';

/** Which demo data an account grew from: a new version of the demo starts over rather than mix the two. */
export function seedFingerprint(seed: FreshdeskAccount): string {
  return createHash('sha256').update(JSON.stringify(seed)).digest('hex').slice(0, 16);
}

export type DeskStart =
  /** The account and the installation as the last run left them. */
  | 'restored'
  /** No earlier state: the seed. */
  | 'seeded'
  /** The saved account was missing, damaged or from other demo data: the seed, and the installation wiped with it. */
  | 'started-over';

/**
 * Puts the saved account back into `desk` when the installation it goes with is there too; otherwise leaves the
 * seed, and wipes an installation that was written against another account.
 */
export function restoreDesk(files: StateFiles, desk: FreshdeskFake, seed: string): DeskStart {
  const saved = readJsonFile(files.freshdesk) as { seed?: unknown; account?: unknown } | undefined;
  const installed = installationStateExists(files);
  if (installed && saved?.seed === seed && isFreshdeskSnapshot(saved.account)) {
    desk.restore(saved.account);
    return 'restored';
  }
  // An account without its installation is dropped too: the seed, as on a first start.
  if (!installed) return 'seeded';
  wipeInstallation(files);
  return 'started-over';
}

export interface DeskWriter {
  /** Something changed: written on the next turn of the event loop (a burst of writes is written once). */
  changed(): void;
  /** Written now. */
  flush(): void;
  /** Written now, and nothing after: close() and the tests' directory removal must not see a late write. */
  stop(): void;
}

export function deskWriter(files: StateFiles, desk: FreshdeskFake, seed: string): DeskWriter {
  let pending: NodeJS.Immediate | undefined;
  let stopped = false;
  const flush = () => {
    if (pending) clearImmediate(pending);
    pending = undefined;
    if (!stopped) writeJsonFile(files.dir, files.freshdesk, { seed, account: desk.snapshot() });
  };
  return {
    changed: () => {
      if (!stopped) pending ??= setImmediate(flush);
    },
    flush,
    stop: () => {
      flush();
      stopped = true;
    },
  };
}

/** The desk as the fakes serve it, telling `onWrite` after every request that may have changed the account. */
export function noticingWrites(desk: FreshdeskFake, onWrite: () => void): FakeService {
  return {
    ...desk,
    handle: async (req) => {
      try {
        return await desk.handle(req);
      } finally {
        if (req.method !== 'GET' && req.method !== 'HEAD') onWrite();
      }
    },
  };
}
