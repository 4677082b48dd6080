import { parseTeamGroups } from '../../../../server/contracts/iparams';
import { parseTeamGroupLines, unknownGroupProblems } from '../../../../server/domain/settings/team-groups';

const GROUPS = [
  { id: 5001, name: 'Technical Support' },
  { id: 5002, name: 'Shipping' },
  { id: 5003, name: 'Product-Feedback' },
];

describe('parseTeamGroupLines', () => {
  it('reads the lines the server reads, numbering lines as the admin sees them', () => {
    const text = 'tech = Technical Support\n\nlogistics=Shipping\n product = 5003 ';
    const { lines, problems } = parseTeamGroupLines(text);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      { line: 1, team: 'tech', group: 'Technical Support' },
      { line: 3, team: 'logistics', group: 'Shipping' },
      { line: 4, team: 'product', group: '5003' },
    ]);
    expect(Object.fromEntries(lines.map((l) => [l.team, l.group]))).toEqual(parseTeamGroups(text));
  });

  it('names each line the server would ignore, and a team mapped twice', () => {
    const { lines, problems } = parseTeamGroupLines('tech Technical Support\nbilling = \n= Shipping\na = b = c\ntech = Shipping\nTech = Billing');
    expect(problems).toEqual([
      'Line 1: write one mapping per line as team = Group name',
      'Line 2: write one mapping per line as team = Group name',
      'Line 3: write one mapping per line as team = Group name',
      'Line 4: write one mapping per line as team = Group name',
      'Line 6: team "Tech" is already mapped on line 5',
    ]);
    expect(lines).toEqual([{ line: 5, team: 'tech', group: 'Shipping' }]);
  });
});

describe('unknownGroupProblems', () => {
  it('matches names as the server does (case, spaces, dashes) and ids exactly', () => {
    const { lines } = parseTeamGroupLines('a = technical support\nb = product feedback\nc = 5002');
    expect(unknownGroupProblems(lines, GROUPS)).toEqual([]);
  });

  it('names the unknown group and its line', () => {
    const { lines } = parseTeamGroupLines('tech = Technical Support\nlogistics = Shiping\nx = 4242');
    expect(unknownGroupProblems(lines, GROUPS)).toEqual([
      'Line 2 (logistics = Shiping): Freshdesk has no group named "Shiping"',
      'Line 3 (x = 4242): Freshdesk has no group with id 4242',
    ]);
  });
});
