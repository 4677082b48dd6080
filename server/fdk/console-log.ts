import type { Log } from '../ports';

/** The platform captures console output into the app's logs (fdk-platform.md §4.12: Manage Apps > View Log). */
export const consoleLog: Log = {
  info: (line) => console.info(`[simpli] ${line}`),
  warn: (line) => console.info(`[simpli] WARN ${line}`),
  error: (line) => console.error(`[simpli] ERROR ${line}`),
};
