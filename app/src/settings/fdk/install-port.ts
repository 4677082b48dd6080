/** The InstallPort over the FDK client: the only code on the installation page that names `client`. */
import { initializeClient } from '../../fdk/client';
import type { InstallPort, TemplateOutcome } from '../port';

function toOutcome(value: unknown, ok: boolean): TemplateOutcome {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const headers: Record<string, string> = {};
  if (typeof v.headers === 'object' && v.headers !== null) {
    for (const [k, h] of Object.entries(v.headers)) if (typeof h === 'string') headers[k.toLowerCase()] = h;
  }
  return {
    ok,
    status: typeof v.status === 'number' ? v.status : 0,
    headers,
    response: typeof v.response === 'string' ? v.response : '',
    ...(v.errorSource === 'APP' || v.errorSource === 'PLATFORM' ? { errorSource: v.errorSource } : {}),
  };
}

export function createInstallPort(): InstallPort {
  return {
    async invokeTemplate(name, context) {
      try {
        const client = await initializeClient();
        return toOutcome(await client.request.invokeTemplate(name, { context: { ...context } }), true);
      } catch (rejection) {
        return toOutcome(rejection, false);
      }
    },
  };
}
