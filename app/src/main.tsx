/**
 * The ticket_sidebar entry (esbuild → app/scripts/sidebar.js): renders the client provider around the sidebar
 * with the port boot.ts made (its calls are under way already), committing the first render at once.
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { Sidebar } from './components/Sidebar';
import { ClientProvider } from './fdk/ClientProvider';
import { takePort } from './fdk/boot-slot';

const root = document.getElementById('root');
if (root) {
  const app = createRoot(root);
  flushSync(() =>
    app.render(
      <StrictMode>
        <ClientProvider boot={takePort()}>
          <Sidebar />
        </ClientProvider>
      </StrictMode>,
    ),
  );
}
