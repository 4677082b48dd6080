/** Test connection: one line per check, naming what is wrong (unreachable, not Simpli, key rejected, subdomain). */
import { Button, ToneLabel } from '../../components/crayons';
import type { CheckStatus } from '../model/verdicts';
import { useSettings, useStore } from './use-settings';

const TONES = { ok: 'success', problem: 'danger', skipped: 'neutral' } as const;
const WORDS: Readonly<Record<CheckStatus, string>> = { ok: 'OK', problem: 'Problem', skipped: 'Not checked' };

export function ConnectionPanel() {
  const store = useStore();
  const { connection } = useSettings();
  const checks = connection.checks;
  const problems = checks?.filter((c) => c.status !== 'ok').length ?? 0;
  return (
    <section className="st-section st-connection" aria-labelledby="st-connection-title" data-section="connection" data-runs={connection.runs}>
      <h2 id="st-connection-title">Test connection</h2>
      <p className="st-help">Checks each Simpli service’s health, the Simpli API key and the Freshdesk API key with the values above, before anything is saved.</p>
      <Button color="secondary" data-action="test-connection" loading={connection.running} disabled={connection.running} onFwClick={() => void store.testConnection()}>
        Test connection
      </Button>
      {checks && (
        <>
          <p className="st-connection-summary" role="status" data-problems={problems}>
            {problems === 0 ? 'Everything answers as it should.' : `${problems} of ${checks.length} checks need attention.`}
          </p>
          <ul className="st-checks">
            {checks.map((c) => (
              <li key={c.label} data-check={c.key} data-status={c.status}>
                <ToneLabel tone={TONES[c.status]} value={WORDS[c.status]} />
                <span className="st-check-label">{c.label}</span>
                <span className="st-check-message">{c.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
