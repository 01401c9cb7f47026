/**
 * Cross-document checks: facts one file cannot settle alone.
 * A salary printed without a period (Kentucky's older layout) is read by size in the parser; here that reading
 * is checked against the sibling specs of the same jurisdiction that state their periods, and the warning says so.
 */
import type { ClassSpec, PayPeriod } from '../model/spec.js';
import { PERIOD_WORD, type InferredPeriod } from './fields/pay.js';

const inferred = new WeakMap<ClassSpec, InferredPeriod[]>();

/** Record which of a spec's pay ranges had no stated period (and which warning says so). */
export function markInferredPay(spec: ClassSpec, indexes: InferredPeriod[]): void {
  inferred.set(spec, indexes);
}

export function reconcileFamilies(specs: ClassSpec[]): void {
  for (const spec of specs) {
    const indexes = inferred.get(spec);
    if (!indexes || !spec.jurisdiction.name) continue;
    const siblings = specs.filter((other) => other !== spec && other.jurisdiction.name === spec.jurisdiction.name && !inferred.has(other));
    for (const { pay: index, warning: at } of indexes) {
      const range = spec.pay[index];
      const value = range?.min ?? range?.mid ?? range?.max;
      if (!range || value === undefined) continue;
      // Which stated period of the siblings is closest in size (within a factor of 3)?
      let best: { period: PayPeriod; spec: ClassSpec; ratio: number } | undefined;
      for (const sibling of siblings) {
        for (const pay of sibling.pay) {
          const other = pay.min ?? pay.mid ?? pay.max;
          if (other === undefined || pay.qualifier) continue;
          const ratio = Math.max(value, other) / Math.min(value, other);
          if (ratio <= 3 && (!best || ratio < best.ratio)) best = { period: pay.period, spec: sibling, ratio };
        }
      }
      if (!best) continue;
      let note: string;
      if (best.period === range.period) {
        note = ` The ${PERIOD_WORD[best.period]} salaries of ${best.spec.title} (same jurisdiction) are of the same size.`;
      } else {
        const previous = range.period;
        range.period = best.period;
        const factor = best.period === 'year' ? 1 : best.period === 'month' ? 12 : undefined;
        if (factor) {
          range.annual = Object.fromEntries(
            (['min', 'mid', 'max'] as const).filter((k) => range[k] !== undefined).map((k) => [k, Math.round(range[k]! * factor * 100) / 100]),
          );
        } else delete range.annual;
        note = ` Read as ${PERIOD_WORD[best.period]} rather than ${PERIOD_WORD[previous]}: the ${PERIOD_WORD[best.period]} salaries of ${best.spec.title} (same jurisdiction) are of the same size.`;
      }
      spec.warnings[at] += note;
    }
  }
}
