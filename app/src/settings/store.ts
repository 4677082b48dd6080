/**
 * The installation page's state and what can happen to it: the platform's three calls (getConfigs, validate,
 * postConfigs) and the admin's (typing, leaving a field, answering a question, Test connection). Framework-free;
 * the React view subscribes (useSyncExternalStore) and tests drive it directly with a fake port.
 *
 * validate() answers synchronously. Whether the platform awaits a promise from it is not settled (the docs'
 * examples return a boolean, https://developers.freshworks.com/docs/app-sdk/v3.0/support_ticket/app-settings/custom-app-settings;
 * one Freshworks sample returns a promise), and a promise it did not await would count as a yes. So the one check
 * that needs Freshdesk — the team → group lines against the account's groups — runs ahead, when the page opens
 * with stored settings and whenever the mapping or the Freshdesk account is left changed; validate() uses its
 * result, and while it is still running says so and answers no.
 */
import { checkSettings, type SettingsCheck } from '../../../server/domain/settings/check-settings';
import type { PercentQuestion } from '../../../server/domain/settings/percent';
import { unknownGroupProblems, type AccountGroup } from '../../../server/domain/settings/team-groups';
import { secretOf, testConnection, text, type ServiceCheck } from './model/connection';
import { configsFromForm, emptyForm, formFromConfigs, type SettingsForm } from './model/form';
import { fetchGroups } from './model/groups';
import type { InstallPort } from './port';

/** The mapping checked against the account's groups. */
export interface GroupCheck {
  /** The inputs it was made for (account, key, lines): a result for other inputs is not shown or used. */
  for: string;
  status: 'checking' | 'done';
  /** When done: the unknown lines, or why the groups could not be read; undefined when every line matches. */
  problem?: string;
  /** When done and Freshdesk answered. */
  groupCount?: number;
}

export interface SettingsState {
  mode: 'new' | 'edit';
  form: SettingsForm;
  /** Percentage key → the value the admin said they meant as typed. */
  confirmed: Readonly<Record<string, number>>;
  check: SettingsCheck;
  /** Fields whose problems are shown: left once, or all after Install/Save was tried. */
  shown: ReadonlySet<string> | 'all';
  groupCheck?: GroupCheck;
  /** `runs` counts completed Test connection runs; `changed`, the settings edited since the last one. */
  connection: { running: boolean; runs: number; checks?: ServiceCheck[]; changed?: readonly string[] };
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
  validate(): boolean;
  /** postConfigs(). */
  configs(): Record<string, unknown>;
}

/** Fields whose change calls for checking the mapping again once they are left. */
const GROUP_INPUTS = new Set(['freshdesk_subdomain', 'freshdesk_api_key', 'triage_team_groups']);

const STILL_CHECKING = 'Checking the mapping against your Freshdesk groups; save again once it is checked.';

/** The inputs a group check depends on, or undefined when there is nothing to check or no way to check it. */
export function groupCheckKey(state: SettingsState): string | undefined {
  const lines = state.check.teamGroupLines;
  if (lines.length === 0 || state.check.problems.freshdesk_subdomain !== undefined) return undefined;
  const key = secretOf(state.form, 'freshdesk_api_key');
  if (key === null) return undefined;
  return JSON.stringify([text(state.form, 'freshdesk_subdomain'), key ?? 'stored', lines.map((l) => [l.team, l.group])]);
}

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
  };

  function set(next: Partial<SettingsState>): void {
    const merged = { ...state, ...next };
    state = { ...merged, check: checkSettings({ values: merged.form.values, storedSecrets: merged.form.storedSecrets, confirmed: merged.confirmed }) };
    for (const l of listeners) l();
  }

  const problemFor = (groups: readonly AccountGroup[]): string | undefined => {
    const unknown = unknownGroupProblems(state.check.teamGroupLines, groups);
    return unknown.length > 0 ? unknown.join('\n') : undefined;
  };

  /** Starts checking the mapping for the current inputs, unless it is checked or being checked already. */
  function checkGroups(): void {
    const key = groupCheckKey(state);
    if (key === undefined || state.groupCheck?.for === key) return;
    const apiKey = secretOf(state.form, 'freshdesk_api_key');
    const subdomain = text(state.form, 'freshdesk_subdomain');
    set({ groupCheck: { for: key, status: 'checking' } });
    void fetchGroups(port, apiKey === undefined || apiKey === null ? { subdomain } : { subdomain, apiKey }).then((result) => {
      if (state.groupCheck?.for !== key) return; // the inputs changed meanwhile: that check is under way
      set({
        groupCheck: result.groups
          ? { for: key, status: 'done', groupCount: result.groups.length, ...withProblem(problemFor(result.groups)) }
          : { for: key, status: 'done', problem: `Could not check the mapping against your Freshdesk groups: ${result.verdict.message}` },
      });
    });
  }

  const withProblem = (problem: string | undefined) => (problem === undefined ? {} : { problem });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setValue: (key, value) =>
      set({
        form: { ...state.form, values: { ...state.form.values, [key]: value } },
        ...(state.connection.checks ? { connection: { ...state.connection, changed: [...(state.connection.changed ?? []), key] } } : {}),
      }),
    leave(key) {
      set({ shown: state.shown === 'all' ? 'all' : new Set([...state.shown, key]) });
      if (GROUP_INPUTS.has(key)) checkGroups();
    },
    useSuggestion(key) {
      const q: PercentQuestion | undefined = state.check.questions[key];
      if (q) set({ form: { ...state.form, values: { ...state.form.values, [key]: String(q.suggestion) } } });
    },
    keepAsTyped(key) {
      const q = state.check.questions[key];
      if (q) set({ confirmed: { ...state.confirmed, [key]: q.value } });
    },
    async testConnection() {
      if (state.connection.running) return;
      set({ connection: { ...state.connection, running: true } });
      const key = groupCheckKey(state);
      const report = await testConnection(port, state.form);
      // The same groups answer the mapping check for the inputs the test ran with.
      const groupCheck =
        report.groups && key !== undefined && key === groupCheckKey(state)
          ? { groupCheck: { for: key, status: 'done' as const, groupCount: report.groups.length, ...withProblem(problemFor(report.groups)) } }
          : {};
      set({ connection: { running: false, runs: state.connection.runs + 1, checks: report.checks, changed: [] }, ...groupCheck });
    },
    load(configs) {
      // Called with nothing stored (a platform that calls it on a new installation too): still a new installation.
      const stored = typeof configs === 'object' && configs !== null && Object.keys(configs).some((k) => k !== '__meta');
      set({ mode: stored ? 'edit' : 'new', form: formFromConfigs(configs), confirmed: {}, shown: new Set(), groupCheck: undefined });
      checkGroups();
    },
    validate() {
      set({ shown: 'all' });
      const { problems, questions } = state.check;
      if (Object.keys(problems).length > 0 || Object.keys(questions).length > 0) return false;
      const key = groupCheckKey(state);
      if (key === undefined) return true;
      const check = state.groupCheck;
      if (check?.for === key && check.status === 'done' && check.groupCount !== undefined) return check.problem === undefined;
      // Not checked yet, or Freshdesk could not be read last time: (re)check now, and say so.
      if (check?.for !== key || check.status === 'done') {
        set({ groupCheck: undefined });
        checkGroups();
      }
      return false;
    },
    configs: () => configsFromForm(state.form),
  };
}

/** What the mapping field says about its check, for the current inputs only. */
export function groupCheckNote(state: SettingsState): { tone: 'problem' | 'info' | 'ok'; text: string } | undefined {
  const key = groupCheckKey(state);
  const check = state.groupCheck;
  if (key === undefined || check?.for !== key) return undefined;
  if (check.status === 'checking') return { tone: 'info', text: state.shown === 'all' ? STILL_CHECKING : 'Checking the mapping against your Freshdesk groups…' };
  if (check.problem !== undefined) return { tone: 'problem', text: check.problem };
  return { tone: 'ok', text: `Every line names one of your ${check.groupCount ?? 0} Freshdesk groups.` };
}
