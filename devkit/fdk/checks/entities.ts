import { parseEntities } from '../../platform/entity/schema';
import type { Problem } from '../problem';
import { error } from '../problem';
import type { AppSnapshot } from '../snapshot';

/**
 * config/entities.json, when the app has one: ≤ 5 entities, ≤ 20 fields each, the documented field types and
 * attributes (entity_storage_doc.md; `fdk validate` checks "the entity definition specifications"). The rules
 * live with the local platform's entity store (platform/entity/schema.ts), which refuses the same file, so
 * validate and run never disagree.
 */
export function checkEntities(s: AppSnapshot): Problem[] {
  const f = s.entities;
  if (!f.present) return [];
  if (f.parseError !== undefined) return [error(f.file, `Invalid JSON in ${f.file}: ${f.parseError}`)];
  return parseEntities(f.value).problems.map((message) => error(f.file, message));
}
