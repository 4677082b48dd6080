/**
 * Loads the page once per open: the three records and the portal's origin, in parallel, each into its own section
 * state (one failing read leaves the other sections shown). Sync now runs the SMI, then reads the status again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FullPagePort, KbFindings, KbStatus, Quality } from '../port';

export type Section<T> = { state: 'loading' } | { state: 'empty' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

export type SyncRun = { state: 'idle' } | { state: 'busy' } | { state: 'done'; message: string } | { state: 'failed'; message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : 'Something went wrong');

function settle<T>(read: Promise<T | undefined>, set: (s: Section<T>) => void): Promise<void> {
  return read.then(
    (value) => set(value === undefined ? { state: 'empty' } : { state: 'ready', value }),
    (error: unknown) => set({ state: 'error', message: messageOf(error) }),
  );
}

export function useFullPage(port: FullPagePort) {
  const [status, setStatus] = useState<Section<KbStatus>>({ state: 'loading' });
  const [findings, setFindings] = useState<Section<KbFindings>>({ state: 'loading' });
  const [quality, setQuality] = useState<Section<Quality>>({ state: 'loading' });
  const [origin, setOrigin] = useState<string | undefined>(undefined);
  const [sync, setSync] = useState<SyncRun>({ state: 'idle' });
  const live = useRef(true);
  const guard =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      if (live.current) set(v);
    };

  useEffect(() => {
    live.current = true;
    void settle(port.status(), guard(setStatus));
    void settle(port.findings(), guard(setFindings));
    void settle(port.quality(), guard(setQuality));
    port.helpdeskUrl().then(guard(setOrigin), () => undefined);
    return () => {
      live.current = false;
    };
  }, [port]);

  const syncNow = useCallback(async () => {
    setSync({ state: 'busy' });
    try {
      const answer = await port.syncNow();
      if (!live.current) return;
      setSync({ state: 'done', message: answer.message });
      await settle(port.status(), guard(setStatus));
    } catch (error) {
      if (live.current) setSync({ state: 'failed', message: messageOf(error) });
    }
  }, [port]);

  return { status, findings, quality, origin, sync, syncNow };
}
