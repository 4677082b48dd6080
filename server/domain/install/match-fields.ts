/**
 * Whether the account already has a field the app needs. A field is the app's when its label matches (trimmed,
 * any case) — what an admin following the Simpli Freshdesk guide typed — or, failing that, when it carries the name
 * Freshdesk would have generated. A label match wins: Freshdesk may have suffixed the name on a collision
 * (docs/platform.md, "Installing: the Freshdesk field APIs"), and "Category" (cf_category) is never "AI Category".
 */
import type { ExistingField, FieldSpec } from './types';

const sameLabel = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function findField(existing: readonly ExistingField[], spec: Pick<FieldSpec, 'label' | 'name'>): ExistingField | undefined {
  return existing.find((f) => sameLabel(f.label, spec.label)) ?? existing.find((f) => f.name === spec.name);
}

export interface FieldPlan {
  found: Array<{ spec: FieldSpec; field: ExistingField }>;
  missing: FieldSpec[];
}

/** Which of `specs` the account has and which must be created, in the order of `specs`. */
export function planFields(specs: readonly FieldSpec[], existing: readonly ExistingField[]): FieldPlan {
  const plan: FieldPlan = { found: [], missing: [] };
  for (const spec of specs) {
    const field = findField(existing, spec);
    if (field) plan.found.push({ spec, field });
    else plan.missing.push(spec);
  }
  return plan;
}
