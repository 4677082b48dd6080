/**
 * The installation page's state and what can happen to it: the platform's three calls (getConfigs, validate,
 * postConfigs) and the admin's (typing, answering a question, Test connection). Framework-free; the React view
 * subscribes (useSyncExternalStore) and tests drive it directly with a fake port.
 */
import { checkSettings, type SettingsCheck } from '../../../server/domain/settings/check-settings';
import type { PercentQuestion } from '../../../server/domain/settings/percent';
import { unknownGroupProblems } from '../../../server/domain/settings/team-groups';
import { secretOf, testConnection, text, type ServiceCheck } from './model/connection';
import { configsFromForm, emptyForm, formFromConfigs, type SettingsForm } from './model/form';
import { fetchGroups } from './model/groups';
import type { InstallPort } from './port';

export interface SettingsState {
  mode: 'new' | 'edit';
  form: SettingsForm;
  /** Percentage key → the value the admin said they meant as typed. */
  confirmed: Readonly<Record<string, number>>;
  check: SettingsCheck;
  /** Fields whose problems are shown: left once (blur), or all after Install/Save was tried. */
  shown: ReadonlySet<string> | 'all';
  /** The team → group lines checked against the account; cleared when the mapping or the account changes. */
  groupProblem?: string;
  /** `runs` counts completed Test connection runs. */
  connection: { running: boolean; runs: number; checks?: ServiceCheck[] };
  validating: boolean;
}

export interface SettingsStore {
  getState(): SettingsState;
  subscribe(listener: () => void): () => void;
  setValue(key: string, value: string | boolean): void;
  /** The field was left: its problems and questions show from now on. */
  leave(key: string): void;
  /** "Use 70 %": the suggestion replaces the value. */
  useSuggestion(key: string): void;
  /** "Keep 0.7 %": the value is meant as typed. */
  keepAsTyped(key: string): void;
  testConnection(): Promise<void>;
  /** getConfigs(configs): editing; the stored settings fill the form. */
  load(configs: unknown): void;
  /** validate(): true when the settings can be stored; otherwise every problem and question is shown. */
  validate(): Promise<boolean>;
  /** postConfigs(). */
  configs(): Record<string, unknown>;
}

const ACCOUNT_KEYS = new Set(['freshdesk_subdomain', 'freshdesk_api_key', 'triage_team_groups']);

export function createSettingsStore(port: InstallPort): SettingsStore {
  const listeners = new Set<() => void>();
  const initial = emptyForm();
  let state: SettingsState = {
    mode: 'new',
    form: initial,
    confirmed: {},
    check: checkSettings({ ...initial, confirmed: {} }),
    shown: new Set(),
    connection: { running: false, runs: 0 },
    validating: false,
  };

  function set(next: Partial<SettingsState>): void {
    const merged = { ...state, ...next };
    state = { ...merged, check: checkSettings({ values: merged.form.values, storedSecrets: merged.form.storedSecrets, confirmed: merged.confirmed }) };
    for (const l of listeners) l();
  }

  function setValue(key: string, value: string | boolean): void {
    set({
      form: { ...state.form, values: { ...state.form.values, [key]: value } },
      ...(ACCOUNT_KEYS.has(key) ? { groupProblem: undefined } : {}),
    });
  }

  const show = (key: string) => (state.shown === 'all' ? 'all' : new Set([...state.shown, key]));

  /** The groups check of validate(): only when there are lines to check. */
  async function groupProblem(): Promise<string | undefined> {
    const lines = state.check.teamGroupLines;
    if (lines.length === 0) return undefined;
    const apiKey = secretOf(state.form, 'freshdesk_api_key');
    if (apiKey === null) return 'Enter the Freshdesk API key: the mapping is checked against your Freshdesk groups';
    const subdomain = text(state.form, 'freshdesk_subdomain');
    const result = await fetchGroups(port, apiKey === undefined ? { subdomain } : { subdomain, apiKey });
    if (!result.groups) return `Could not check the mapping against your Freshdesk groups: ${result.verdict.message}`;
    const unknown = unknownGroupProblems(lines, result.groups);
    return unknown.length > 0 ? unknown.join('\n') : undefined;
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setValue,
    leave: (key) => set({ shown: show(key) }),
    useSuggestion(key) {
      const q: PercentQuestion | undefined = state.check.questions[key];
      if (q) setValue(key, String(q.suggestion));
    },
    keepAsTyped(key) {
      const q = state.check.questions[key];
      if (q) set({ confirmed: { ...state.confirmed, [key]: q.value } });
    },
    async testConnection() {
      if (state.connection.running) return;
      set({ connection: { ...state.connection, running: true } });
      const report = await testConnection(port, state.form);
      const lines = state.check.teamGroupLines;
      const unknown = report.groups && lines.length > 0 ? unknownGroupProblems(lines, report.groups) : [];
      set({
        connection: { running: false, runs: state.connection.runs + 1, checks: report.checks },
        ...(report.groups ? { groupProblem: unknown.length > 0 ? unknown.join('\n') : undefined } : {}),
      });
    },
    load(configs) {
      const form = formFromConfigs(configs);
      set({ mode: 'edit', form, confirmed: {}, shown: new Set(), groupProblem: undefined, connection: { running: false, runs: state.connection.runs } });
    },
    async validate() {
      set({ shown: 'all', validating: true });
      try {
        const local = state.check;
        if (Object.keys(local.problems).length > 0 || Object.keys(local.questions).length > 0) return false;
        const problem = await groupProblem();
        set({ groupProblem: problem });
        return problem === undefined;
      } finally {
        set({ validating: false });
      }
    },
    configs: () => configsFromForm(state.form),
  };
}
