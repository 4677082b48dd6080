/** The full-page app: the sync, the gaps and stale articles, and quality, each section loading on its own. */
import type { FullPagePort } from '../port';
import { useFullPage } from '../hooks/use-fullpage';
import { GapsSection } from './GapsSection';
import { QualitySection } from './QualitySection';
import { SyncSection } from './SyncSection';

export function FullPage({ port, now = Date.now }: { port: FullPagePort; now?: () => number }) {
  const page = useFullPage(port);
  const at = now();
  return (
    <main className="fp">
      <h1 className="fp-title">Simpli: knowledge base and quality</h1>
      <SyncSection status={page.status} sync={page.sync} onSync={() => void page.syncNow()} now={at} />
      <GapsSection findings={page.findings} origin={page.origin} now={at} />
      <QualitySection quality={page.quality} origin={page.origin} />
    </main>
  );
}
