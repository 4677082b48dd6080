/**
 * Every field of the installation page checked at once, from the settings table: one clear message per field
 * that cannot be saved, and a question per percentage that looks like a share (0.7 for 70 %). The check against
 * the account's groups needs Freshdesk and is done by the page with `unknownGroupProblems` (team-groups.ts).
 */
import { SETTINGS_TABLE, type SettingDefinition } from '../../contracts/settings-table';
import { draftStyleProblem } from './draft-style';
import { hostNameProblem } from './host-name';
import { languageProblem } from './language';
import { readPercent, type PercentQuestion } from './percent';
import { subdomainProblem } from './subdomain';
import { parseTeamGroupLines, type TeamGroupLine } from './team-groups';

/** The form as the admin filled it: switches are booleans, everything else the text typed. */
export type FormValues = Readonly<Record<string, string | boolean>>;

export interface SettingsFormState {
  values: FormValues;
  /** Secure keys that already hold a stored value (editing): left blank, the stored value is kept. */
  storedSecrets: ReadonlySet<string>;
  /** Percentage key → the value the admin confirmed they meant as typed. */
  confirmed: Readonly<Record<string, number>>;
}

export interface SettingsCheck {
  /** Key → why it cannot be saved. */
  problems: Record<string, string>;
  /** Key → the question to answer before saving. */
  questions: Record<string, PercentQuestion>;
  /** The mapping lines the server will use (for the group check). */
  teamGroupLines: TeamGroupLine[];
}

const textOf = (v: string | boolean | undefined): string => (typeof v === 'string' ? v : '');

function secretProblem(row: SettingDefinition, value: string, stored: boolean): string | undefined {
  if (value.trim() === '') return stored ? undefined : `Enter the ${row.label}`;
  if (/\s/.test(value.trim())) return 'An API key has no spaces';
  return undefined;
}

export function checkSettings(state: SettingsFormState): SettingsCheck {
  const problems: Record<string, string> = {};
  const questions: Record<string, PercentQuestion> = {};
  let teamGroupLines: TeamGroupLine[] = [];
  for (const row of SETTINGS_TABLE) {
    const value = textOf(state.values[row.key]);
    let problem: string | undefined;
    switch (row.kind) {
      case 'host':
        problem = hostNameProblem(value, row.example);
        break;
      case 'api_key':
        problem = secretProblem(row, value, state.storedSecrets.has(row.key));
        break;
      case 'subdomain':
        problem = subdomainProblem(value);
        break;
      case 'percent': {
        const reading = readPercent(value, state.confirmed[row.key]);
        if (reading.kind === 'problem') problem = reading.message;
        if (reading.kind === 'question') questions[row.key] = reading.question;
        break;
      }
      case 'team_groups': {
        const parsed = parseTeamGroupLines(value);
        teamGroupLines = parsed.lines;
        if (parsed.problems.length > 0) problem = parsed.problems.join('\n');
        break;
      }
      case 'draft_style':
        problem = draftStyleProblem(value);
        break;
      case 'language':
        problem = languageProblem(value);
        break;
      case 'switch':
        break;
    }
    if (problem !== undefined) problems[row.key] = problem;
  }
  return { problems, questions, teamGroupLines };
}
