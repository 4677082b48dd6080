import { posix } from 'node:path';
import { COMMON, ICONLESS_LOCATIONS, isOtherProductModule, LOCATIONS, OTHER_PRODUCT_COMMON_LOCATIONS, otherProductOf } from '../catalog';
import { isObject } from '../json';
import { ICON_SIZE_PX } from '../limits';
import { declared, modulesOf } from '../manifest-parts';
import type { Problem } from '../problem';
import { error, warning } from '../problem';
import type { AppSnapshot } from '../snapshot';

const FILE = 'manifest.json';

/**
 * Each `modules.<m>.location.<placeholder>` must be a placeholder of that module, point `url` at a file under
 * app/ and — unless the placeholder renders no icon — `icon` at one too (docs/platform.md "Manifest (platform 3.0)",
 * "fdk validate"; messages from FDK 6.9 `manifest.js`, with "product" read as "module"). Placeholders of other
 * products' modules are not catalogued: their files are checked, their names are not, and their icon is optional (which
 * of them are icon-less is unknown here).
 */
export function checkLocations(s: AppSnapshot): Problem[] {
  const locations = declared(s.manifest.value, 'location');
  const products = new Set(modulesOf(s.manifest.value).map(([mod]) => otherProductOf(mod)));
  const commonOfProduct = (loc: string): string | undefined =>
    Object.hasOwn(OTHER_PRODUCT_COMMON_LOCATIONS, loc) ? OTHER_PRODUCT_COMMON_LOCATIONS[loc] : undefined;
  const known = (mod: string, loc: string): boolean =>
    isOtherProductModule(mod) ||
    (LOCATIONS[mod] ?? []).includes(loc) ||
    (mod === COMMON && commonOfProduct(loc) !== undefined && products.has(commonOfProduct(loc)));
  const invalid = locations.filter(([mod, loc]) => !known(mod, loc));
  const problems: Problem[] = [];
  if (invalid.length > 0) {
    const detail = invalid.map(([mod, loc]) => `${mod} - ${loc}`).join('; ');
    problems.push(error(FILE, `Invalid location(s) mentioned in modules: ${detail}`));
  }
  if (s.appFiles === undefined) return problems; // app-dir check reports the missing folder
  const files = new Set(s.appFiles.map((f) => f.path));
  for (const [mod, loc, entry] of locations) {
    if (invalid.some(([m, l]) => m === mod && l === loc)) continue;
    const where = `${mod}/${loc}`;
    if (!isObject(entry)) {
      problems.push(error(FILE, `/modules/${mod}/location/${loc} must be object`));
      continue;
    }
    const url = entry.url;
    if (typeof url !== 'string' || url === '') problems.push(error(FILE, `Url is either not mentioned or empty in ${where}`));
    else if (!files.has(appPath(url))) {
      problems.push(error(FILE, `Template file '${url}' mentioned in ${where} is not found in app folder`));
    }
    const icon = entry.icon;
    if ((ICONLESS_LOCATIONS.has(loc) || isOtherProductModule(mod)) && icon === undefined) continue;
    if (typeof icon !== 'string' || icon === '') problems.push(error(FILE, `Icon is either not mentioned or empty in ${where}`));
    else if (!files.has(appPath(icon))) problems.push(error(FILE, `Icon '${icon}' mentioned in ${where} is not found in app folder`));
    else {
      const size = s.imageSizes.get(appPath(icon));
      // FDK 6.9 required exactly 64×64 (docs/platform.md "fdk validate"); whether FDK 10 still does is unknown, hence
      // a warning.
      if (size && (size.width !== ICON_SIZE_PX || size.height !== ICON_SIZE_PX)) {
        problems.push(warning(FILE, `Invalid dimension of icon '${icon}' for ${where} (${size.width}×${size.height}, expected 64×64)`));
      }
    }
  }
  return problems;
}

/** A manifest path relative to app/ in the form `appFiles` uses ('./x', '/x' and 'x' all name app/x). */
const appPath = (p: string): string => posix.normalize(p.replace(/\\/g, '/')).replace(/^(\.\/|\/)+/, '');
