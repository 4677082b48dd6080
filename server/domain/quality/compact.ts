/**
 * The rolling quality record cut back when it would pass the store's 40 KB (contracts/quality-record.ts): closed and
 * unreadable attributes go, then results beyond the newest QUALITY_RESULTS_KEPT and escalations beyond the newest
 * ESCALATIONS_KEPT, then the oldest of either until the record weighs at most QUALITY_COMPACT_BYTES.
 */
import { ESCALATIONS_KEPT, QUALITY_COMPACT_BYTES, QUALITY_RESULTS_KEPT, type QualityAttributes } from '../../contracts/quality-record';

type Entry = [attribute: string, value: { t: number }];

const newestFirst = (a: Entry, b: Entry): number => b[1].t - a[1].t;

export function compactQuality(record: unknown): QualityAttributes {
  const entries = Object.entries(Object(record) as Record<string, { t?: unknown } | null>).filter((e): e is Entry => typeof e[1]?.t === 'number');
  const newest = (prefix: string, kept: number) => entries.filter(([attribute]) => attribute[0] === prefix).sort(newestFirst).slice(0, kept);
  const kept: QualityAttributes = {};
  // `{}` and, per attribute, `"name":value,`.
  let size = 2;
  for (const [attribute, value] of [...newest('r', QUALITY_RESULTS_KEPT), ...newest('e', ESCALATIONS_KEPT)].sort(newestFirst)) {
    size += attribute.length + JSON.stringify(value).length + 4;
    if (size > QUALITY_COMPACT_BYTES) break;
    kept[attribute] = value as QualityAttributes[string];
  }
  return kept;
}
