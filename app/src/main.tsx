/** The ticket_sidebar app. Foundation version: connects to the platform and names the open ticket. */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { connectSidebar } from './fdk/client';

type View = { state: 'loading' } | { state: 'ready'; ticketId: number | undefined } | { state: 'error'; message: string };

function Sidebar() {
  const [view, setView] = useState<View>({ state: 'loading' });
  useEffect(() => {
    connectSidebar()
      .then(async (port) => {
        setView({ state: 'ready', ticketId: await port.ticketId() });
        port.resize(160);
      })
      .catch((error: unknown) => setView({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
  }, []);
  if (view.state === 'loading') return <p>Connecting to Freshdesk…</p>;
  if (view.state === 'error') return <p role="alert">{view.message}</p>;
  return (
    <section>
      <h2>Simpli AI</h2>
      <p>Ticket {view.ticketId === undefined ? '(unknown)' : `#${view.ticketId}`}: AI insights appear here once the ticket is processed.</p>
    </section>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><Sidebar /></StrictMode>);
