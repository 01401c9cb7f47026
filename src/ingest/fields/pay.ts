/**
 * Pay ranges: every salary line of the document, with its period, hours basis, labels and annual equivalent.
 *
 * Figures are cross-checked: when the document prints the same pay for several periods (hourly and monthly at
 * 37.5 and 40 hours), the periods must agree. A figure off by a power of ten (a decimal point printed as a
 * thousands comma: "$13,581" for $13.581 an hour) is corrected, and a warning names the printed figure.
 * A salary printed without a period is read by its size and says so in a warning.
 */
import type { Doc } from '../document.js';
import { blockAt } from '../document.js';
import type { PayPeriod, PayRange } from '../../model/spec.js';
import { headerName } from './title.js';

const MONEY = String.raw`\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const RANGE = new RegExp(`${MONEY}\\s*(?:-|–|—|to)\\s*${MONEY}`, 'g');
const PAY_HEADING = /SALARY|PAY|WAGE|COMPENSATION/i;

interface Draft {
  range: PayRange;
  printed: string;
  periodStated: boolean;
}

/** A pay range whose period the document does not state, and the warning that says so (indexes). */
export interface InferredPeriod {
  pay: number;
  warning: number;
}

export function extractPay(doc: Doc, warnings: string[]): { pay: PayRange[]; inferred: InferredPeriod[] } {
  const labels = payLabels(doc.text);
  const drafts: Draft[] = [];
  doc.lines.forEach((line, index) => {
    if (!line.text.includes('$')) return;
    const block = blockAt(doc, index);
    const heading = block?.heading ?? '';
    const nearLabel = doc.lines.slice(Math.max(0, index - 6), index + 1).some((l) => /salary|wage|pay range/i.test(l.text));
    if (!PAY_HEADING.test(heading) && !nearLabel) return;
    const section = heading !== '' ? heading : salaryLabel(doc) ?? headerName(doc);
    const other = otherPeriod(line.text) ?? otherPeriod(heading);
    const statedPeriod = other ? 'year' : periodOf(line.text) ?? periodOf(heading);
    const hoursPerWeek = hoursBasis(line.text);
    const dwp = /\bThe salary in (?:the )?(.+?) is\b/i.exec(line.text)?.[1];
    for (const match of line.text.matchAll(RANGE)) {
      if (other?.factor === 0) {
        warnings.push(`Pay "${match[0]}" is ${other.word}; classbot records hourly, monthly and annual pay only, so it is not listed.`);
        continue;
      }
      // Weekly, biweekly, semi-monthly pay: recorded as its annual equivalent, the printed figures kept in the qualifier.
      const low = toNumber(match[1]!) * (other?.factor ?? 1);
      const high = toNumber(match[2]!) * (other?.factor ?? 1);
      const converted = other ? `${other.word} ${match[0]} × ${other.factor}` : undefined;
      const qualifier = [dwp, converted].filter(Boolean).join('; ') || undefined;
      const period = statedPeriod ?? periodBySize(low);
      const [first, second] = (labels ?? ['min', 'max']) as ['min' | 'mid' | 'max', 'min' | 'mid' | 'max'];
      const range: PayRange = {
        period,
        [first]: low,
        [second]: high,
        ...(labels ? { labels } : {}),
        ...(hoursPerWeek ? { hoursPerWeek } : {}),
        ...(qualifier ? { qualifier } : {}),
        source: { section, quote: line.text },
      };
      drafts.push({ range, printed: match[0], periodStated: statedPeriod !== undefined });
    }
  });
  crossCheck(drafts, warnings);
  const inferred: InferredPeriod[] = [];
  drafts.forEach((draft, i) => {
    if (draft.periodStated) return;
    inferred.push({ pay: i, warning: warnings.length });
    warnings.push(
      `The salary period is not stated ("${draft.printed}"); read as ${PERIOD_WORD[draft.range.period]} from the size of the figures.`,
    );
  });
  const pay = drafts.map((draft) => withAnnual(draft.range));
  return { pay, inferred };
}

export const PERIOD_WORD: Record<PayPeriod, string> = { hour: 'hourly', month: 'monthly', year: 'annual' };

/** "(MIN - MID)" → ['min', 'mid']: what the two printed figures are. */
function payLabels(text: string): PayRange['labels'] | undefined {
  const match = /\((MIN(?:IMUM)?|MID(?:POINT)?|MAX(?:IMUM)?)\s*-\s*(MIN(?:IMUM)?|MID(?:POINT)?|MAX(?:IMUM)?)\)/i.exec(text);
  if (!match) return undefined;
  const label = (word: string) => word.slice(0, 3).toLowerCase() as 'min' | 'mid' | 'max';
  return [label(match[1]!), label(match[2]!)];
}

/** The salary label of a header ("Salary (MIN - MID)"), used as the section of header pay lines. */
function salaryLabel(doc: Doc): string | undefined {
  for (const line of doc.lines) {
    const match = /\b(Salary(?: \([^)]*\))?)\s*:/i.exec(line.text);
    if (match) return match[1];
  }
  return undefined;
}

/** Periods outside hour/month/year: converted to a year (factor), or not representable (factor 0). */
function otherPeriod(text: string): { word: string; factor: number } | undefined {
  if (/\bbi-?weekly\b|\bevery two weeks\b/i.test(text)) return { word: 'biweekly', factor: 26 };
  if (/\bsemi-?monthly\b|\btwice a month\b/i.test(text)) return { word: 'semi-monthly', factor: 24 };
  if (/\bweekly\b|\bper week\b/i.test(text)) return { word: 'weekly', factor: 52 };
  if (/\bdaily\b|\bper day\b/i.test(text)) return { word: 'daily', factor: 0 };
  return undefined;
}

function periodOf(text: string): PayPeriod | undefined {
  if (/\bmonth(ly)?\b/i.test(text)) return 'month';
  if (/\b(annual(ly)?|year(ly)?|per annum)\b/i.test(text)) return 'year';
  if (/\b(hour(ly)?|per hr)\b/i.test(text)) return 'hour';
  return undefined;
}

/** "37.5 Hr. Monthly Salary" → 37.5. */
function hoursBasis(text: string): number | undefined {
  const match = /\b(\d{1,2}(?:\.\d+)?)\s*(?:Hr|Hour)s?\b\.?/i.exec(text);
  const hours = match ? Number(match[1]) : NaN;
  return hours >= 10 && hours <= 80 ? hours : undefined;
}

function toNumber(printed: string): number {
  return Number(printed.replace(/,/g, ''));
}

/** Without a stated period: hourly pay is tens of dollars, monthly thousands, annual tens of thousands. */
function periodBySize(value: number): PayPeriod {
  if (value < 200) return 'hour';
  if (value < 15000) return 'month';
  return 'year';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** An hourly rate implied by a range: month or year pay over its stated weekly hours. */
function impliedHourly(range: PayRange, value: number): number | undefined {
  if (!range.hoursPerWeek) return range.period === 'hour' ? value : undefined;
  if (range.period === 'hour') return value;
  const yearly = range.period === 'month' ? value * 12 : value;
  return yearly / 52 / range.hoursPerWeek;
}

const close = (a: number, b: number, tolerance = 0.005) => Math.abs(a - b) <= Math.abs(b) * tolerance;

function crossCheck(drafts: Draft[], warnings: string[]): void {
  const keys = ['min', 'mid', 'max'] as const;
  // References: ranges whose period and hours basis let them imply an hourly rate.
  const references = drafts.filter((d) => d.periodStated && d.range.period !== 'hour' && d.range.hoursPerWeek && !d.range.qualifier);
  if (references.length === 0) return;
  for (const draft of drafts) {
    const { range } = draft;
    if (range.period !== 'hour' || range.qualifier) continue;
    const fixes: Partial<Record<'min' | 'mid' | 'max', number>> = {};
    let disagrees = false;
    let decimals = 2;
    for (const key of keys) {
      const printed = range[key];
      if (printed === undefined) continue;
      const implied = references.map((ref) => (ref.range[key] !== undefined ? impliedHourly(ref.range, ref.range[key]!) : undefined)).filter((v): v is number => v !== undefined);
      if (implied.length === 0 || implied.every((rate) => close(printed, rate))) continue;
      // Agreeing references, and the printed figure off by exactly a power of ten: a misplaced decimal point.
      const reference = implied[0]!;
      if (!implied.every((rate) => close(rate, reference))) continue;
      const factor = [10, 100, 1000].find((f) => close(printed / f, reference));
      if (factor) {
        fixes[key] = printed / factor;
        decimals = Math.round(Math.log10(factor));
      }
      else disagrees = true;
    }
    const fixed = Object.keys(fixes) as Array<'min' | 'mid' | 'max'>;
    if (fixed.length > 0) {
      for (const key of fixed) range[key] = fixes[key]!;
      // Show the corrected figures with the digits the document printed ("$17,990" → "$17.990").
      const corrected = fixed.map((key) => `$${fixes[key]!.toFixed(decimals)}`).join('–');
      const ref = references[0]!.range;
      warnings.push(
        `The hourly pay is printed as "${draft.printed}", which contradicts the ${PERIOD_WORD[ref.period]} figures ` +
          `(${ref.hoursPerWeek} h/week: $${ref[fixed[0]!]}); read as ${corrected} an hour ` +
          `(${fixes[fixed[0]!]!.toFixed(decimals)} × ${ref.hoursPerWeek} × 52 / ${ref.period === 'month' ? 12 : 1} ≈ ${round2((fixes[fixed[0]!]! * ref.hoursPerWeek! * 52) / (ref.period === 'month' ? 12 : 1))}).`,
      );
    } else if (disagrees) {
      warnings.push(`The hourly pay "${draft.printed}" does not agree with the other pay figures of this spec; kept as printed.`);
    }
  }
}

/** Annual equivalents: hour × hours/week × 52 (only when the hours basis is stated), month × 12, year × 1. */
function withAnnual(range: PayRange): PayRange {
  const factor = range.period === 'year' ? 1 : range.period === 'month' ? 12 : range.hoursPerWeek ? range.hoursPerWeek * 52 : undefined;
  if (!factor) return range;
  const annual: NonNullable<PayRange['annual']> = {};
  for (const key of ['min', 'mid', 'max'] as const) if (range[key] !== undefined) annual[key] = round2(range[key]! * factor);
  return { ...range, annual };
}
