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

/** A sibling's stated pay: the closest in size decides how a period-less salary reads. */
interface StatedPay {
  value: number;
  period: PayPeriod;
  spec: ClassSpec;
  /** Position in corpus order (spec, then pay range): ties go to the earlier, as a scan in corpus order would. */
  seq: number;
}

/**
 * Check every period-less salary against the stated salaries of its jurisdiction. The stated pay of each
 * jurisdiction is grouped once and sorted by size, so each lookup is a binary search (N log N, not N²).
 */
export function reconcileFamilies(specs: ClassSpec[]): void {
  const stated = statedPayByJurisdiction(specs);
  for (const spec of specs) {
    const indexes = inferred.get(spec);
    if (!indexes || !spec.jurisdiction.name) continue;
    const siblings = stated.get(spec.jurisdiction.name) ?? [];
    for (const { pay: index, warning: at } of indexes) {
      const range = spec.pay[index];
      const value = range?.min ?? range?.mid ?? range?.max;
      if (!range || value === undefined) continue;
      // Which stated period of the siblings is closest in size (within a factor of 3)?
      const best = closestBySize(siblings, value);
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

/**
 * Jurisdiction name → the stated (unqualified) pay of its specs whose periods are all stated, sorted by size;
 * of equal sizes only the first in corpus order is kept (it is the one a scan in corpus order would pick).
 */
function statedPayByJurisdiction(specs: ClassSpec[]): Map<string, StatedPay[]> {
  const out = new Map<string, StatedPay[]>();
  let seq = 0;
  for (const spec of specs) {
    if (inferred.has(spec) || !spec.jurisdiction.name) continue;
    let list = out.get(spec.jurisdiction.name);
    if (!list) out.set(spec.jurisdiction.name, (list = []));
    for (const pay of spec.pay) {
      const value = pay.min ?? pay.mid ?? pay.max;
      if (value === undefined || pay.qualifier) continue;
      list.push({ value, period: pay.period, spec, seq: seq++ });
    }
  }
  for (const [name, list] of out) {
    // Stable sort: equal sizes stay in corpus order, so the first of them is the earliest.
    list.sort((a, b) => a.value - b.value);
    out.set(name, list.filter((p, i) => i === 0 || p.value !== list[i - 1]!.value));
  }
  return out;
}

/** The stated pay closest to `value` by ratio (≤ 3): one of the two neighbours of `value` in the sorted list. */
function closestBySize(sorted: StatedPay[], value: number): StatedPay | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.value < value) lo = mid + 1;
    else hi = mid;
  }
  let best: { pay: StatedPay; ratio: number } | undefined;
  for (const pay of [sorted[lo - 1], sorted[lo]]) {
    if (!pay) continue;
    const ratio = Math.max(value, pay.value) / Math.min(value, pay.value);
    if (!(ratio <= 3)) continue;
    if (!best || ratio < best.ratio || (ratio === best.ratio && pay.seq < best.pay.seq)) best = { pay, ratio };
  }
  return best?.pay;
}
