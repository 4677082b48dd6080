/** The full-page app: the sync, the gaps and stale articles, and quality, each section loading on its own. */
import { useEffect, useRef } from 'react';
import type { FullPagePort } from '../port';
import { useFullPage } from '../hooks/use-fullpage';
import { GapsSection } from './GapsSection';
import { QualitySection } from './QualitySection';
import { SyncSection } from './SyncSection';

/** The bench and the browser test read this mark: page load → every section shown with its record (or its state). */
export const FULLPAGE_FIRST_RENDER_MARK = 'simpli:fullpage-first-render';

export function FullPage({ port, now = Date.now }: { port: FullPagePort; now?: () => number }) {
  const page = useFullPage(port);
  const at = now();
  const ready = [page.status, page.findings, page.quality].every((s) => s.state !== 'loading');
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(FULLPAGE_FIRST_RENDER_MARK);
  }, [ready]);
  return (
    <main className="fp" data-state={ready ? 'ready' : 'loading'}>
      <h1 className="fp-title">Simpli: knowledge base and quality</h1>
      <SyncSection status={page.status} sync={page.sync} onSync={() => void page.syncNow()} now={at} />
      <GapsSection findings={page.findings} origin={page.origin} now={at} />
      <QualitySection quality={page.quality} origin={page.origin} />
    </main>
  );
}
