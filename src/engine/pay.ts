/**
 * Pay normalisation: every pay range turned into an annual figure on its *stated* basis, with the source
 * figures kept for display. Precomputed once per spec. Nothing is guessed: an hourly range whose hours
 * basis the spec does not state has no annual figure (a month is always twelfth of a year, so monthly and
 * annual convert freely).
 */
import type { ClassSpec, PayPeriod, PayRange } from '../model/spec.js';
import { formatMoney } from './text.js';

const WEEKS = 52;

export interface NormalisedPay {
  range: PayRange;
  /** Annual min / upper figure (mid or max, as labelled). */
  annualLow?: number;
  annualHigh?: number;
  /** Which label the upper figure has ("mid" for Kentucky's MIN - MID). */
  highLabel: 'mid' | 'max';
  /** "$2,206.92–$2,923.38 a month (min–mid, 37.5 h/week)". */
  sourceText: string;
  /** "$26,483–$35,081 a year". Absent when the spec states no basis to convert on. */
  annualText?: string;
  /** Decimals the range is shown with (the most either figure needs: $13.581–$17.990). */
  decimals: number;
}

const PERIOD_WORD: Record<PayPeriod, string> = { hour: 'an hour', month: 'a month', year: 'a year' };

/** Factor from a period to a year on the stated basis; undefined when the basis is not stated. */
export function annualFactor(period: PayPeriod, hours: number | undefined): number | undefined {
  if (period === 'hour') return hours ? hours * WEEKS : undefined;
  return period === 'month' ? 12 : 1;
}

/** Decimals a figure needs (0, 2 or 3): 13.581 → 3, 2937.2 → 2, 68611 → 0. */
export function decimalsOf(n: number | undefined): number {
  if (n === undefined || Number.isInteger(n)) return 0;
  return Math.round(n * 1000) % 10 !== 0 ? 3 : 2;
}

export function normalisePay(range: PayRange): NormalisedPay {
  const highLabel: 'mid' | 'max' = range.max === undefined && range.mid !== undefined ? 'mid' : 'max';
  const high = range.max ?? range.mid;
  // Computed here (not taken from the record) so the basis of every annual figure is known and stated.
  const f = annualFactor(range.period, range.hoursPerWeek);
  const annualLow = f === undefined ? undefined : range.min !== undefined ? range.min * f : range.annual?.min;
  const annualHigh = f === undefined ? undefined : high !== undefined ? high * f : highLabel === 'mid' ? range.annual?.mid : range.annual?.max;
  const labels = range.min !== undefined && high !== undefined ? ` (min–${highLabel})` : '';
  const basis = range.hoursPerWeek ? `, ${range.hoursPerWeek} h/week` : '';
  const qual = range.qualifier ? ` — ${range.qualifier}` : '';
  // One range, one precision: "$13.581–$17.990", never "$13.581–$17.99".
  const decimals = Math.max(decimalsOf(range.min), decimalsOf(high));
  const fig = (n?: number) => (n === undefined ? '?' : formatMoney(n, decimals));
  const sourceText = `${fig(range.min)}${high !== undefined ? `–${fig(high)}` : ''} ${PERIOD_WORD[range.period]}${labels}${basis}${qual}`;
  const out: NormalisedPay = { range, highLabel, sourceText, decimals };
  if (annualLow !== undefined) out.annualLow = Math.round(annualLow);
  if (annualHigh !== undefined) out.annualHigh = Math.round(annualHigh);
  if (annualLow !== undefined || annualHigh !== undefined) {
    const basisNote = range.period === 'hour' ? ` (at the stated ${range.hoursPerWeek} h/week × 52)` : '';
    const whole = (n?: number) => (n === undefined ? '?' : formatMoney(n, 0));
    out.annualText = `${whole(out.annualLow)}${out.annualHigh !== undefined ? `–${whole(out.annualHigh)}` : ''} a year${basisNote}`;
  }
  return out;
}

export function normaliseSpecPay(spec: ClassSpec): NormalisedPay[] {
  return spec.pay.map(normalisePay);
}

/** The figure to compare across specs: the first yearly range, else the first monthly, else hourly. */
export function primaryPay(pays: NormalisedPay[]): NormalisedPay | undefined {
  for (const p of ['year', 'month', 'hour'] as const) {
    const hit = pays.find((x) => x.range.period === p && x.annualLow !== undefined && !x.range.qualifier);
    if (hit) return hit;
  }
  return pays.find((x) => x.annualLow !== undefined);
}

/** Pay warnings from the parser (e.g. Kentucky's hourly figures printed as $13,581). */
export function payWarnings(spec: ClassSpec): string[] {
  return spec.warnings.filter((w) => /pay|salary|hour|wage|\$/i.test(w));
}
