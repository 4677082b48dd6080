/**
 * The ticket_sidebar's first script (esbuild → app/scripts/boot.js, loaded before sidebar.js): connects to the
 * platform and makes the port at once, so the first opening's calls (fdk/sidebar-port.ts `prefetch`) are under way
 * while the React bundle downloads and compiles. main.tsx takes the port from the boot slot.
 */
import { initializeClient } from './fdk/client';
import { publishPort } from './fdk/boot-slot';
import { createSidebarPort } from './fdk/sidebar-port';

publishPort(initializeClient().then((client) => createSidebarPort(client, { prefetch: true })));
