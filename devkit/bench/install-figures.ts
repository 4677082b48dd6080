import { APP_FIELDS } from '../../server/domain/install/field-specs';
import { INSTALL_REQUEST_BUDGET } from '../../server/domain/install/health-plan';
import type { Figure } from './budgets';
import type { InstallMeasure } from './measure-install';

const ISSUE = 'issue 10 (onAppInstall)';

export function installFigures(m: InstallMeasure): Figure[] {
  const all = APP_FIELDS.length;
  return [
    { name: 'install_fields_created_fresh', value: m.fieldsCreatedFresh, budget: all, atLeast: all, source: `${ISSUE}: the fresh account (globex)` },
    { name: 'install_fields_created_again', value: m.fieldsCreatedAgain, budget: 0, source: `${ISSUE}: installing again on it` },
    { name: 'install_requests', value: m.requestsFresh, budget: INSTALL_REQUEST_BUDGET, source: `${ISSUE}: template requests on the fresh account` },
    { name: 'install_requests_again', value: m.requestsAgain, budget: INSTALL_REQUEST_BUDGET, source: `${ISSUE}: information, the re-install` },
    // Two installs must leave each field once: a duplicate would hide behind a right "created" count.
    { name: 'install_duplicate_fields', value: m.appFieldsInAccount - all, budget: 0, source: 'bench validity' },
  ];
}
