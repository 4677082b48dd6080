/** The install figures of `npm run bench` (issue 10) and the floor some figures have. */
import { overBudget, type Figure } from '../../devkit/bench/budgets';
import { installFigures } from '../../devkit/bench/install-figures';
import { toJson, toTable } from '../../devkit/bench/report';

const measured = { fieldsCreatedFresh: 5, fieldsCreatedAgain: 0, requestsFresh: 10, requestsAgain: 7, appFieldsInAccount: 5 };
const byName = (figures: Figure[]) => Object.fromEntries(figures.map((f) => [f.name, f.value]));

describe('the install figures', () => {
  it('report the fields each install created and the requests each made', () => {
    const figures = installFigures(measured);
    expect(byName(figures)).toEqual({
      install_fields_created_fresh: 5,
      install_fields_created_again: 0,
      install_requests: 10,
      install_requests_again: 7,
      install_duplicate_fields: 0,
    });
    expect(overBudget(figures)).toEqual([]);
  });

  it('flag a fresh install that created fewer than the five fields, not only one that created more', () => {
    expect(overBudget(installFigures({ ...measured, fieldsCreatedFresh: 3, appFieldsInAccount: 3 })).map((f) => f.name)).toEqual(['install_fields_created_fresh']);
    expect(overBudget(installFigures({ ...measured, fieldsCreatedFresh: 6, appFieldsInAccount: 6 })).map((f) => f.name)).toEqual([
      'install_fields_created_fresh',
      'install_duplicate_fields',
    ]);
  });

  it('flag a re-install that creates anything, and an install over ten requests', () => {
    const over = overBudget(installFigures({ ...measured, fieldsCreatedAgain: 2, requestsFresh: 11, appFieldsInAccount: 7 }));
    expect(over.map((f) => f.name)).toEqual(['install_fields_created_again', 'install_requests', 'install_duplicate_fields']);
  });

  it('print the floor in the table and name the figure in the JSON', () => {
    const figures = installFigures({ ...measured, fieldsCreatedFresh: 4 });
    expect(toTable(figures)).toMatch(/install_fields_created_fresh\s+4\s+= 5\s+UNDER/);
    expect(toTable(figures)).toMatch(/install_requests\s+10\s+≤ 10\s+ok/);
    expect(JSON.parse(toJson(figures)).over_budget).toContain('install_fields_created_fresh');
  });
});
