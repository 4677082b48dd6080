/** An InstallPort answering from a table of template → outcome (by context), recording every call. */
import type { InstallPort, TemplateOutcome } from '../../../app/src/settings/port';
import { SETTING_DEFAULTS } from '../../../server/contracts/settings-table';

export type Answer = (context: Readonly<Record<string, string>>) => TemplateOutcome;

export const ok = (body: unknown, headers: Record<string, string> = {}): TemplateOutcome => ({ ok: true, status: 200, headers, response: JSON.stringify(body) });
export const app = (status: number, body: unknown = {}): TemplateOutcome => ({ ok: false, status, headers: {}, response: JSON.stringify(body), errorSource: 'APP' });
export const platform = (status: number, response: string): TemplateOutcome => ({ ok: false, status, headers: {}, response, errorSource: 'PLATFORM' });

export function fakeInstallPort(answers: Record<string, Answer>): InstallPort & { calls: Array<{ name: string; context: Record<string, string> }> } {
  const calls: Array<{ name: string; context: Record<string, string> }> = [];
  return {
    calls,
    async invokeTemplate(name, context) {
      calls.push({ name, context: { ...context } });
      const answer = answers[name];
      return answer ? answer(context) : platform(400, `no answer for ${name}`);
    },
  };
}

/** Every service healthy, the Simpli key "sk", the Freshdesk key "fd" at acme with three groups. */
export function healthyPort(groups = [{ id: 1, name: 'Technical Support' }, { id: 2, name: 'Shipping' }, { id: 3, name: 'Billing' }]) {
  return fakeInstallPort({
    installCheckSimpliHealth: () => ok({ status: 'ok' }),
    installCheckSimpliKey: (c) => (c.simpli_api_key === 'sk' ? ok({ styles: [] }) : app(401, { detail: 'Invalid or missing API key' })),
    installCheckSimpliKeySaved: () => ok({ styles: [] }),
    installCheckFreshdeskGroups: (c) =>
      c.freshdesk_subdomain !== 'acme' ? platform(502, 'Error in establishing connection') : c.freshdesk_api_key === 'fd' ? ok(groups) : app(401),
    installCheckFreshdeskGroupsSaved: (c) => (c.freshdesk_subdomain === 'acme' ? ok(groups) : platform(502, 'Error in establishing connection')),
  });
}

/** A stored installation as postConfigs() returned it: the demo's hosts, one team line, the keys marked secure. */
export const STORED = {
  ...SETTING_DEFAULTS,
  simpli_triage_host: 'triage.simpli.test',
  simpli_reply_host: 'reply.simpli.test',
  simpli_sentiment_host: 'sentiment.simpli.test',
  simpli_qa_host: 'qa.simpli.test',
  simpli_kb_host: 'kb.simpli.test',
  freshdesk_subdomain: 'acme',
  triage_team_groups: 'tech = Technical Support',
  __meta: { secure: ['simpli_api_key', 'freshdesk_api_key'] },
};
