import type { Log } from '../ports';

/**
 * The platform captures console output into the app's logs (docs/platform.md "Server method invocation (SMI)": Manage
 * Apps > View Log).
 */
export const consoleLog: Log = {
  info: (line) => console.info(`[simpli] ${line}`),
  warn: (line) => console.info(`[simpli] WARN ${line}`),
  error: (line) => console.error(`[simpli] ERROR ${line}`),
};
