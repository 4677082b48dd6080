/**
 * The "team = Group name" lines of the team → group mapping, read the way the server reads them
 * (contracts/iparams.ts parseTeamGroups, triage/account-values.ts groupFor), so every line the page accepts is one the
 * server uses: exactly one "=", a team and a group on either side, a group given by name or by numeric id. The page
 * then checks each group against the account's groups (GET /api/v2/groups,
 * https://developers.freshdesk.com/api/#list_all_groups).
 */

export interface TeamGroupLine {
  /** 1-based, as the admin counts lines in the text box. */
  line: number;
  team: string;
  group: string;
}

export interface AccountGroup {
  id: number;
  name: string;
}

/** The server's matching: case, spaces, dashes and underscores do not count. */
const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

const quoteLine = (l: TeamGroupLine) => `Line ${l.line} (${l.team} = ${l.group})`;

/** The mapping's lines, and a message for each line the server would ignore. Blank lines are skipped. */
export function parseTeamGroupLines(text: string): { lines: TeamGroupLine[]; problems: string[] } {
  const lines: TeamGroupLine[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const parts = raw.split('=');
    const team = parts[0]?.trim() ?? '';
    const group = parts[1]?.trim() ?? '';
    if (parts.length !== 2 || team === '' || group === '') {
      problems.push(`Line ${line}: write one mapping per line as team = Group name`);
      return;
    }
    const first = seen.get(normalise(team));
    if (first !== undefined) {
      problems.push(`Line ${line}: team "${team}" is already mapped on line ${first}`);
      return;
    }
    seen.set(normalise(team), line);
    lines.push({ line, team, group });
  });
  return { lines, problems };
}

/** A message for each line whose group the account does not have, naming the group and the line. */
export function unknownGroupProblems(lines: readonly TeamGroupLine[], groups: readonly AccountGroup[]): string[] {
  const problems: string[] = [];
  for (const l of lines) {
    if (/^\d+$/.test(l.group)) {
      if (!groups.some((g) => g.id === Number(l.group))) problems.push(`${quoteLine(l)}: Freshdesk has no group with id ${l.group}`);
    } else if (!groups.some((g) => normalise(g.name) === normalise(l.group))) {
      problems.push(`${quoteLine(l)}: Freshdesk has no group named "${l.group}"`);
    }
  }
  return problems;
}
