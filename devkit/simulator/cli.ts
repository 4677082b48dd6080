/** What devkit/cli/start.ts and devkit/cli/fakes.ts share: port flags and a clean stop on Ctrl-C / SIGTERM. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export function parsePort(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) throw new UsageError(`${flag} needs a port number (0-65535), got "${value}"`);
  return port;
}

/** `--<name>-port N` flags → `{ name: N }` for the names given. */
export function parsePortFlags<N extends string>(argv: string[], names: readonly N[]): { ports: Partial<Record<N, number>>; help: boolean } {
  const options = Object.fromEntries(names.map((n) => [`${n}-port`, { type: 'string' as const }]));
  const parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true });
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const ports: Partial<Record<N, number>> = {};
  for (const n of names) {
    const raw = values[`${n}-port`];
    const port = parsePort(typeof raw === 'string' ? raw : undefined, `--${n}-port`);
    if (port !== undefined) ports[n] = port;
  }
  return { ports, help: values.help === true };
}

/**
 * Until SIGINT or SIGTERM: then `close()` and exit 0 (1 if closing failed). A second signal while closing exits
 * at once, for a stop that hangs.
 */
export function stopOnSignal(close: () => Promise<void>, log: (line: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: stopping…`);
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        log(`stopping failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Usage mistakes print the message and exit 2; anything else is a crash worth its stack. */
export function fail(err: unknown, usage: string): never {
  if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(err as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
}
