/**
 * The full_page_app entry (esbuild → app/scripts/fullpage.js, loaded by app/fullpage.html): resolves the platform
 * client (docs/platform.md "Front end: bootstrapping and the frame"), then renders the page over a FullPagePort.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorState, LoadingState } from '../components/States';
import { initializeClient } from '../fdk/client';
import { FullPage } from './components/FullPage';
import { createFullPagePort } from './fdk/fullpage-port';
import type { FullPagePort } from './port';

type Connection = { state: 'connecting' } | { state: 'ready'; port: FullPagePort } | { state: 'failed'; message: string };

function App() {
  const [connection, setConnection] = useState<Connection>({ state: 'connecting' });
  useEffect(() => {
    initializeClient().then(
      (client) => setConnection({ state: 'ready', port: createFullPagePort(client) }),
      (error: unknown) => setConnection({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  if (connection.state === 'connecting') return <LoadingState words="Connecting to Freshdesk…" />;
  if (connection.state === 'failed') return <ErrorState words={connection.message} />;
  return <FullPage port={connection.port} />;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
