/** The installation page: the settings table's sections in order, Test connection after the credentials. */
import { SECTION_TITLES, SETTINGS_TABLE, type SettingSection } from '../../../../server/contracts/settings-table';
import { ConnectionPanel } from './ConnectionPanel';
import { Field } from './Field';
import { groupCheckNote } from '../store';
import { useSettings } from './use-settings';

const SECTIONS = [...new Set(SETTINGS_TABLE.map((r) => r.section))] as SettingSection[];

function Section({ section }: { section: SettingSection }) {
  const state = useSettings();
  const note = groupCheckNote(state);
  return (
    <section className="st-section" aria-labelledby={`st-${section}`} data-section={section}>
      <h2 id={`st-${section}`}>{SECTION_TITLES[section]}</h2>
      {SETTINGS_TABLE.filter((r) => r.section === section).map((row) => (
        <Field key={row.key} row={row} {...(row.kind === 'team_groups' && note ? { note } : {})} />
      ))}
    </section>
  );
}

function Summary() {
  const state = useSettings();
  const { check, shown } = state;
  if (shown !== 'all') return null;
  const mapping = groupCheckNote(state)?.tone === 'problem' || groupCheckNote(state)?.tone === 'info' ? ['triage_team_groups'] : [];
  const count = new Set([...Object.keys(check.problems), ...Object.keys(check.questions), ...mapping]).size;
  if (count === 0) return null;
  return (
    <p className="st-summary" role="alert">
      {count === 1 ? '1 setting needs your attention before saving.' : `${count} settings need your attention before saving.`}
    </p>
  );
}

export function SettingsPage() {
  const { mode } = useSettings();
  return (
    <main className="st" data-state="ready" data-mode={mode}>
      <header className="st-head">
        <h1>Simpli for Freshdesk</h1>
        <p>
          {mode === 'edit'
            ? 'Edit the app’s settings. Stored API keys are never shown; leave a key blank to keep it.'
            : 'Connect Freshdesk to the Simpli services, then choose what the app does.'}
        </p>
      </header>
      <Summary />
      {/* A form for the browser's sake (password fields belong in one); the platform's button saves, never Enter. */}
      <form className="st-form" noValidate onSubmit={(e) => e.preventDefault()}>
        {SECTIONS.slice(0, 2).map((s) => (
          <Section key={s} section={s} />
        ))}
        <ConnectionPanel />
        {SECTIONS.slice(2).map((s) => (
          <Section key={s} section={s} />
        ))}
      </form>
    </main>
  );
}
