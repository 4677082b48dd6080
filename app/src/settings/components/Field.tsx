/**
 * One setting: label, help, its input (by kind), and, once the field was left or a save was tried, its problem or
 * its question. Inputs are native elements in Crayons' style (the sidebar's reasons: FwInput/FwSelect/FwTextarea
 * would not fit the 250 KB bundle beside React); buttons and labels are Crayons components. Everything is text.
 */
import { DRAFT_STYLES, type SettingDefinition } from '../../../../server/contracts/settings-table';
import { Button, ToneLabel } from '../../components/crayons';
import { useSettings, useStore } from './use-settings';

const inputId = (key: string) => `setting-${key}`;

function Question({ settingKey }: { settingKey: string }) {
  const store = useStore();
  const { check, form } = useSettings();
  const q = check.questions[settingKey];
  if (!q) return null;
  const typed = String(form.values[settingKey] ?? '').trim();
  return (
    <div className="st-question" role="alert" data-question-for={settingKey}>
      <p>
        {q.text} You typed {typed}, which means {typed} %, not {q.suggestion} %.
      </p>
      <div className="st-question-actions">
        <Button size="small" color="primary" data-action="use-suggestion" onFwClick={() => store.useSuggestion(settingKey)}>
          {`Use ${q.suggestion} %`}
        </Button>
        <Button size="small" color="secondary" data-action="keep-as-typed" onFwClick={() => store.keepAsTyped(settingKey)}>
          {`Keep ${typed} %`}
        </Button>
      </div>
    </div>
  );
}

function SecretStatus({ settingKey }: { settingKey: string }) {
  const { form } = useSettings();
  const typed = String(form.values[settingKey] ?? '') !== '';
  if (typed) return <ToneLabel tone="info" value={form.storedSecrets.has(settingKey) ? 'Replaced on save' : 'Entered'} />;
  return form.storedSecrets.has(settingKey) ? <ToneLabel tone="success" value="Set" /> : <ToneLabel tone="neutral" value="Not set" />;
}

function Input({ row }: { row: SettingDefinition }) {
  const store = useStore();
  const { form } = useSettings();
  const value = form.values[row.key];
  const common = { id: inputId(row.key), name: row.key, onBlur: () => store.leave(row.key) };
  switch (row.kind) {
    case 'switch':
      return (
        <input {...common} type="checkbox" className="st-switch" checked={value === true} onChange={(e) => store.setValue(row.key, e.target.checked)} />
      );
    case 'team_groups':
      return (
        <textarea
          {...common}
          rows={4}
          spellCheck={false}
          placeholder={row.example}
          value={String(value ?? '')}
          onChange={(e) => store.setValue(row.key, e.target.value)}
        />
      );
    case 'draft_style':
      return (
        <select {...common} value={String(value ?? '')} onChange={(e) => store.setValue(row.key, e.target.value)}>
          {DRAFT_STYLES.map((s) => (
            <option key={s} value={s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
      );
    case 'api_key':
      return (
        <input
          {...common}
          type="password"
          autoComplete="new-password"
          spellCheck={false}
          placeholder={form.storedSecrets.has(row.key) ? 'Stored — leave blank to keep it' : ''}
          value={String(value ?? '')}
          onChange={(e) => store.setValue(row.key, e.target.value)}
        />
      );
    case 'percent':
      return (
        <span className="st-percent">
          <input {...common} type="text" inputMode="decimal" value={String(value ?? '')} onChange={(e) => store.setValue(row.key, e.target.value)} />
          <span aria-hidden="true">%</span>
        </span>
      );
    default:
      return (
        <input
          {...common}
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder={'example' in row ? row.example : ''}
          value={String(value ?? '')}
          onChange={(e) => store.setValue(row.key, e.target.value)}
        />
      );
  }
}

/** A field's own check, and for the mapping the check against the account's groups (`note`). */
export function Field({ row, note }: { row: SettingDefinition; note?: { tone: 'problem' | 'info' | 'ok'; text: string } }) {
  const { check, shown, connection } = useSettings();
  const visible = shown === 'all' || shown.has(row.key);
  // The last Test connection's finding about this setting (a host unreachable, a key rejected), next to it too.
  const stale = connection.changed?.includes(row.key) ?? false;
  const found = stale ? undefined : connection.checks?.find((c) => c.key === row.key && c.status === 'problem')?.message;
  const problem = (visible ? check.problems[row.key] : undefined) ?? (note?.tone === 'problem' ? note.text : undefined) ?? found;
  const isSwitch = row.kind === 'switch';
  return (
    <div
      className={`st-field st-field-${row.kind}`}
      data-setting={row.key}
      data-invalid={problem !== undefined || undefined}
      data-group-check={row.kind === 'team_groups' ? (note?.tone === 'info' ? 'checking' : note ? 'done' : 'none') : undefined}
    >
      <div className="st-field-head">
        {isSwitch && <Input row={row} />}
        <label htmlFor={inputId(row.key)}>{row.label}</label>
        {'secure' in row && row.secure && <SecretStatus settingKey={row.key} />}
      </div>
      <p className="st-help">{row.help}</p>
      {!isSwitch && <Input row={row} />}
      {problem !== undefined && (
        <p className="st-problem" data-problem-for={row.key}>
          {problem}
        </p>
      )}
      {problem === undefined && note && (
        <p className={`st-note st-note-${note.tone}`} role="status" data-note-for={row.key}>
          {note.text}
        </p>
      )}
      {visible && <Question settingKey={row.key} />}
    </div>
  );
}
