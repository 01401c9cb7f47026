/**
 * Pay normalisation: every pay range turned into an annual figure on its stated hours basis,
 * with the source figures kept for display. Precomputed once per spec.
 */
import type { ClassSpec, PayPeriod, PayRange } from '../model/spec.js';
import { formatMoney } from './text.js';

const WEEKS = 52;
const DEFAULT_HOURS = 40;

export interface NormalisedPay {
  range: PayRange;
  /** Annual min / upper figure (mid or max, as labelled). */
  annualLow?: number;
  annualHigh?: number;
  /** Which label the upper figure has ("mid" for Kentucky's MIN - MID). */
  highLabel: 'mid' | 'max';
  /** "$2,206.92–$2,923.38 a month (min–mid, 37.5 h/week)". */
  sourceText: string;
  /** "$26,483–$35,081 a year". */
  annualText?: string;
  /** True when the hours basis was assumed (40 h/week), not stated. */
  assumedHours: boolean;
}

const PERIOD_WORD: Record<PayPeriod, string> = { hour: 'an hour', month: 'a month', year: 'a year' };

function annualFactor(period: PayPeriod, hours: number): number {
  return period === 'hour' ? hours * WEEKS : period === 'month' ? 12 : 1;
}

export function normalisePay(range: PayRange): NormalisedPay {
  const highLabel: 'mid' | 'max' = range.max === undefined && range.mid !== undefined ? 'mid' : 'max';
  const high = range.max ?? range.mid;
  const hours = range.hoursPerWeek ?? DEFAULT_HOURS;
  // Computed here (not taken from the record) so the basis of every annual figure is known and stated.
  const assumedHours = range.period === 'hour' && range.hoursPerWeek === undefined;
  const f = annualFactor(range.period, hours);
  const annualLow = range.min !== undefined ? range.min * f : range.annual?.min;
  const annualHigh = high !== undefined ? high * f : highLabel === 'mid' ? range.annual?.mid : range.annual?.max;
  const labels = range.min !== undefined && high !== undefined ? ` (min–${highLabel})` : '';
  const basis = range.hoursPerWeek ? `, ${range.hoursPerWeek} h/week` : '';
  const qual = range.qualifier ? ` — ${range.qualifier}` : '';
  const fig = (n?: number) => (n === undefined ? '?' : formatMoney(n));
  const sourceText = `${fig(range.min)}${high !== undefined ? `–${fig(high)}` : ''} ${PERIOD_WORD[range.period]}${labels}${basis}${qual}`;
  const out: NormalisedPay = { range, highLabel, sourceText, assumedHours };
  if (annualLow !== undefined) out.annualLow = Math.round(annualLow);
  if (annualHigh !== undefined) out.annualHigh = Math.round(annualHigh);
  if (annualLow !== undefined || annualHigh !== undefined) {
    const basisNote = range.period === 'hour' ? ` (at ${hours} h/week${assumedHours ? ', assumed' : ''} × 52)` : '';
    out.annualText = `${fig(out.annualLow)}${out.annualHigh !== undefined ? `–${fig(out.annualHigh)}` : ''} a year${basisNote}`;
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
