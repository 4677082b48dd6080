/** The ticket_sidebar entry (esbuild → app/scripts/sidebar.js): the client provider around the sidebar. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Sidebar } from './components/Sidebar';
import { ClientProvider } from './fdk/ClientProvider';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ClientProvider>
        <Sidebar />
      </ClientProvider>
    </StrictMode>,
  );
}
