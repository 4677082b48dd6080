/** The installation as the page stored it (`__meta.secure`), and what editing it keeps (devkit/platform/installation-config.ts). */
import {
  configOfInstallation,
  configProblem,
  editedInstallation,
  installationFromConfig,
  publicValues,
} from '../../../devkit/platform/installation-config';

const stored = installationFromConfig({ host: 'h.example.com', key: 'k1', other: 'o1', __meta: { secure: ['key', 'other'] } });

it('splits the values from __meta, whose secure list is the installation’s secure keys', () => {
  expect(stored).toEqual({ iparams: { host: 'h.example.com', key: 'k1', other: 'o1' }, secureKeys: new Set(['key', 'other']) });
  expect(publicValues(stored)).toEqual({ host: 'h.example.com' });
  expect(configOfInstallation(stored)).toEqual({ host: 'h.example.com', key: 'k1', other: 'o1', __meta: { secure: ['key', 'other'] } });
  expect(installationFromConfig({ a: 1 })).toEqual({ iparams: { a: 1 }, secureKeys: new Set() });
});

it('editing keeps a secure value the new config leaves out but still names secure; everything else is replaced', () => {
  const next = editedInstallation(stored, { host: 'new.example.com', other: 'o2', __meta: { secure: ['key', 'other'] } });
  expect(next.iparams).toEqual({ host: 'new.example.com', key: 'k1', other: 'o2' });
  // No longer named secure: the page meant to drop it (and it would otherwise become readable in the browser).
  const dropped = editedInstallation(stored, { host: 'new.example.com', __meta: { secure: ['other'] } });
  expect(dropped.iparams).toEqual({ host: 'new.example.com', other: 'o1' });
  expect(dropped.secureKeys).toEqual(new Set(['other']));
});

it('names what it cannot store', () => {
  expect(configProblem(null)).toBe('postConfigs() must return an object');
  expect(configProblem({ __meta: [] })).toBe('__meta must be an object');
  expect(configProblem({ __meta: { secure: [1] } })).toBe('__meta.secure must be an array of iparam names');
  expect(configProblem({ a: 1, __meta: { secure: ['a'], modules: {} } })).toBeUndefined();
});
