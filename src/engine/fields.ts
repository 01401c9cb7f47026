/**
 * Field answers: the structured value(s) of one topic in one spec, each with its source.
 * An empty result means the spec does not state it; callers say so plainly.
 */
import type { ClassSpec, Source, SpecialRequirement } from '../model/spec.js';
import type { SpecFeatures } from './context.js';
import { specPhrase } from './answers.js';
import { annualFactor, payWarnings, type NormalisedPay } from './pay.js';
import type { Topic, TopicMatch } from './topics.js';
import { formatMoney, shorten } from './text.js';

export interface FieldFact {
  label: string;
  value: string;
  source?: Source;
}

export interface FieldResult {
  facts: FieldFact[];
  notes: string[];
  /** Set when the exact thing asked is absent but related facts are shown (e.g. an EEO code asked, other codes shown). */
  missingDetail?: string;
  /** The whole answer sentence, when the field needs its own wording (pay on a basis the spec does not state). */
  text?: string;
}

const empty = (): FieldResult => ({ facts: [], notes: [] });

const SPECIAL_KIND: Partial<Record<Topic, SpecialRequirement['kind'][]>> = {
  'driver-license': ['driver-license'],
  license: ['license', 'certification', 'driver-license'],
  'drug-screen': ['drug-screen'],
  'background-check': ['background-check'],
  prea: ['prea'],
};

/** Words to look for in the spec's own text when the parser left a special requirement unstructured. */
const FALLBACK_WORDS: Partial<Record<Topic, RegExp>> = {
  'driver-license': /driver'?s licen[cs]e/i,
  license: /licen[cs]e|certificat/i,
  'drug-screen': /drug scr|drug test/i,
  'background-check': /background check|background investigation/i,
  prea: /prison rape elimination|\bPREA\b/i,
  probation: /probation/i,
  // A reporting line names whom: "reports to the Director…", "responsible to the Director…" (not "responsible to evaluate").
  'reports-to': /\b(reports?|reporting|responsible|accountable) (directly )?to (the|a|an|his|her|their) [^.]*\b(director|manager|supervisor|chief|head|administrator|officer|lead|commissioner|secretary)\b/i,
  flsa: /\bFLSA\b|fair labor standards/i,
  tools: /tools and equipment|equipment used/i,
  physical: /physical (demands|requirements|effort)/i,
  // LA bulletins describe the selection in prose: "The examination will consist entirely of a weighted multiple-choice test…"
  selection: /\b(examination|selection process) will consist\b|\bwill consist (entirely )?of an? (weighted )?(multiple-choice|written|oral|interview|performance|qualifications)/i,
};

const CODE_PHRASE: Record<string, string> = {
  'eeo-code': 'an EEO code',
  'job-number': 'a job number',
  'job-code': 'a job code',
  'title-code': 'a title code',
  'class-code': 'a class code',
  'selection-id': 'a selection ID',
  'job-group': 'a job group',
};

/** `scanText: false` (lists across specs) skips the per-spec text scan, keeping lists proportional to structured data. */
export function fieldFacts(f: SpecFeatures, match: TopicMatch, opts: { scanText?: boolean } = {}): FieldResult {
  const scan = opts.scanText !== false;
  const spec = f.spec;
  const r = empty();
  const push = (label: string, value: string | undefined, source?: Source) => {
    if (value && value.trim()) r.facts.push({ label, value: value.trim(), ...(source ? { source } : {}) });
  };
  const special = SPECIAL_KIND[match.topic];
  if (special) {
    for (const req of spec.specialRequirements.filter((s) => special.includes(s.kind))) {
      push(req.label, `${req.necessity === 'required' ? 'Required' : 'May be required'}: ${shorten(req.source.quote, 240)}`, req.source);
    }
    if (r.facts.length === 0 && scan) fallbackSentence(spec, match.topic, r);
    return r;
  }
  switch (match.topic) {
    case 'grade':
      push('Grade', spec.grade?.value, spec.grade?.source);
      return r;
    case 'pay': {
      const all = payFacts(f, match.detail as 'hour' | 'month' | 'year' | undefined);
      // "at 40 hours": keep the ranges on that basis when the spec states several.
      if (match.hours && !all.text) {
        const onBasis = all.facts.filter((x) => x.label.includes(`(${match.hours} h/week)`));
        if (onBasis.length) all.facts = onBasis;
      }
      return match.bound ? boundFacts(f, match.bound, all) : all;
    }
    case 'education':
      push('Education', spec.minimumQualifications?.education?.value ?? educationFromPaths(f), spec.minimumQualifications?.education?.source ?? spec.minimumQualifications?.source);
      return r;
    case 'experience':
      push('Experience', spec.minimumQualifications?.experience?.value ?? experienceFromPaths(f), spec.minimumQualifications?.experience?.source ?? spec.minimumQualifications?.source);
      return r;
    case 'substitutions': {
      const mq = spec.minimumQualifications;
      for (const s of mq?.substitutions ?? []) push('Substitution', s.value, s.source);
      if (r.facts.length === 0) {
        for (const s of f.mq.substitutions) push('Substitution', s.quote, mq?.source);
        if (f.mq.combination) push('Equivalent combination', f.mq.combination.quote, mq?.source);
      }
      return r;
    }
    case 'mq': {
      const mq = spec.minimumQualifications;
      if (!mq) return r;
      if (mq.alternatives.length > 1) mq.alternatives.forEach((a, i) => push(`Alternative ${i + 1}`, a.value, a.source));
      else {
        push('Education', mq.education?.value, mq.education?.source);
        push('Experience', mq.experience?.value, mq.experience?.source);
      }
      // An alternative that is itself the substitution clause is shown once.
      for (const s of mq.substitutions) if (!r.facts.some((x) => x.value === s.value.trim())) push('Substitution', s.value, s.source);
      if (r.facts.length === 0) push('Minimum qualifications', mq.text, mq.source);
      return r;
    }
    case 'special-requirements':
      for (const req of spec.specialRequirements) push(req.label, `${req.necessity === 'required' ? 'Required' : 'May be required'}`, req.source);
      return r;
    case 'probation':
      push('Probationary period', spec.probation?.value, spec.probation?.source);
      if (!r.facts.length && scan) fallbackSentence(spec, 'probation', r);
      return r;
    case 'supervises':
      // The spec's own sentences about directing others' work (duties and characteristics).
      for (const sentence of supervisorySentences(f)) push('Supervisory duty', sentence.text, sentence.source);
      return r;
    case 'reports-to':
      push('Reports to', spec.reportsTo?.value, spec.reportsTo?.source);
      if (!r.facts.length && scan) fallbackSentence(spec, 'reports-to', r);
      // No reporting line: say so, and offer the level of supervision received when the spec states it.
      if (!r.facts.length && scan) {
        const sup = supervisionReceived(spec);
        if (sup) {
          r.missingDetail = 'whom positions report to';
          r.facts.push(sup);
        }
      }
      return r;
    case 'codes': {
      const codes = match.detail ? spec.codes.filter((c) => c.kind === match.detail) : spec.codes;
      for (const c of codes) push(c.label, c.value, c.source);
      if (match.detail && codes.length === 0 && spec.codes.length > 0) {
        r.missingDetail = CODE_PHRASE[match.detail] ?? `a ${match.detail.replace(/-/g, ' ')}`;
        for (const c of spec.codes) push(c.label, c.value, c.source);
      }
      return r;
    }
    case 'flsa':
      push('FLSA status', spec.flsa?.value, spec.flsa?.source);
      if (!r.facts.length && scan) fallbackSentence(spec, 'flsa', r);
      return r;
    case 'dates':
      if (match.detail !== 'revised') push('Established', spec.established?.date, spec.established?.source);
      if (match.detail !== 'established') push('Revised', spec.revised?.date, spec.revised?.source);
      if (match.detail && r.facts.length === 0) {
        r.missingDetail = match.detail === 'revised' ? 'a revision date' : 'an established date';
        push('Established', spec.established?.date, spec.established?.source);
        push('Revised', spec.revised?.date, spec.revised?.source);
      }
      return r;
    case 'duties':
      f.duties.slice(0, 12).forEach((d, i) => push(`Duty ${i + 1}`, d, sourceForDuty(spec, d)));
      if (f.duties.length > 12) r.notes.push(`${f.duties.length - 12} more duties in the spec (show the full spec to see them).`);
      return r;
    case 'tools':
      push('Tools and equipment', spec.tools?.value, spec.tools?.source);
      return r;
    case 'physical':
      push('Physical demands', spec.physicalDemands?.value, spec.physicalDemands?.source);
      return r;
    case 'working-conditions':
      push('Working conditions', spec.workingConditions?.value, spec.workingConditions?.source);
      return r;
    case 'series':
      if (spec.series) {
        push('Series', spec.series.name, spec.series.source);
        push('Level', spec.series.level, spec.series.source);
        if (spec.series.levels?.length) push('Levels', spec.series.levels.join(', '), spec.series.source);
      }
      return r;
    case 'selection':
      push('Selection method', spec.selectionMethod?.value, spec.selectionMethod?.source);
      if (!r.facts.length && scan) fallbackSentence(spec, 'selection', r);
      return r;
    case 'ksa': {
      const groups: [string, typeof spec.knowledge][] = [
        ['Knowledge', spec.knowledge],
        ['Skills', spec.skills],
        ['Abilities', spec.abilities],
      ];
      for (const [label, list] of groups) {
        if (match.detail && match.detail !== label.toLowerCase()) continue;
        list.slice(0, 8).forEach((k) => push(label, k.value, k.source));
      }
      return r;
    }
    case 'civil-service':
      push('Civil service status', spec.civilServiceStatus?.value, spec.civilServiceStatus?.source);
      return r;
    case 'jurisdiction':
      push('Jurisdiction', spec.jurisdiction.name ?? undefined, spec.jurisdiction.source);
      return r;
    case 'summary':
      push('Summary', spec.summary?.value, spec.summary?.source);
      return r;
    default:
      return r;
  }
}

function educationFromPaths(f: SpecFeatures): string | undefined {
  const quotes = f.mq.paths.map((p) => p.education?.quote).filter((q): q is string => !!q);
  return quotes.length ? quotes.join(' — or — ') : undefined;
}

function experienceFromPaths(f: SpecFeatures): string | undefined {
  const quotes = f.mq.paths.map((p) => p.experience?.quote).filter((q): q is string => !!q);
  return quotes.length ? quotes.join(' — or — ') : undefined;
}

/** Topics whose fallback sentence is only related text (a note about the field), not the field's value. */
const RELATED_ONLY: Partial<Record<Topic, string>> = { flsa: 'an FLSA status', probation: 'a probationary period' };

/**
 * The spec's own sentence about a topic, when the parser did not structure it. Only a sentence that
 * matches is quoted (a heading alone is no evidence), so an answer never cites an unrelated section.
 */
function fallbackSentence(spec: ClassSpec, topic: Topic, r: FieldResult): void {
  const re = FALLBACK_WORDS[topic];
  if (!re) return;
  for (const section of spec.sections) {
    // Leaders and figures a sentence split leaves in front ("…  .100% The examination…") are not part of it.
    const sentence = section.text.split(/(?<=[.!?])\s+/).find((s) => re.test(s))?.replace(/^[\s.\d%:]+(?=[A-Z])/, '');
    if (!sentence) continue;
    const related = RELATED_ONLY[topic];
    if (related) r.missingDetail = related;
    r.facts.push({ label: related ? `Related (${section.heading})` : section.heading, value: shorten(sentence, 300), source: { section: section.heading, quote: shorten(sentence, 400) } });
    return;
  }
}

const SUPERVISION_RECEIVED =
  /\b(under|receives?) (the )?((close|general|direct|immediate|limited|minimal|moderate|administrative|broad)( to (close|general|direct|immediate|limited|minimal|moderate|administrative|broad))? )(supervision|direction)\b|\bunder the (general )?(direction|supervision) of (the|a|an) [^,.;]{0,60}?\b(supervisor|manager|director|chief|lead)\b/i;

/** "Under close to general supervision, …": the level of supervision received, as a labelled related fact. */
function supervisionReceived(spec: ClassSpec): FieldFact | undefined {
  for (const section of spec.sections) {
    const sentence = section.text.split(/(?<=[.!?])\s+/).find((s) => SUPERVISION_RECEIVED.test(s));
    if (!sentence) continue;
    const phrase = SUPERVISION_RECEIVED.exec(sentence)![0];
    return { label: 'Related — supervision received', value: `"${phrase[0]!.toUpperCase()}${phrase.slice(1)}" (${section.heading})`, source: { section: section.heading, quote: shorten(sentence, 400) } };
  }
  return undefined;
}

const SUPERVISORY = /\bsupervis(es|e|ing)\b|\bacts as supervisor\b|\bassigns work\b|\bsubordinate staff\b|\bcoordinates the work of\b|\bguidance and direction to\b|\bdirects (the )?(work|staff)\b/i;

/** Sentences of the duties and the class characteristics that say the class directs others' work (at most 4). */
function supervisorySentences(f: SpecFeatures): { text: string; source: Source }[] {
  const out: { text: string; source: Source }[] = [];
  const sections = [...(f.spec.summary ? [{ section: f.spec.summary.source.section, text: f.spec.summary.value }] : []), ...f.spec.duties.map((d) => ({ section: d.source.section, text: d.value }))];
  for (const { section, text } of sections) {
    for (const sentence of text.split(/(?<=[.;])\s+/)) {
      const clean = sentence.trim().replace(/^[-•*\d.)\s]+/, '').replace(/[;]\s*$/, '');
      if (!SUPERVISORY.test(clean) || out.some((o) => o.text === clean)) continue;
      out.push({ text: clean, source: { section, quote: clean } });
      if (out.length >= 4) return out;
    }
  }
  return out;
}

function sourceForDuty(spec: ClassSpec, duty: string): Source | undefined {
  const d = spec.duties.find((x) => x.value.includes(duty.slice(0, 40)));
  if (!d) return spec.duties[0]?.source;
  return { section: d.source.section, quote: d.value.length > 300 ? duty : d.source.quote };
}

const PERIOD_ADJ = { hour: 'hourly', month: 'monthly', year: 'annual' } as const;
const PER = { hour: 'an hour', month: 'a month', year: 'a year' } as const;

/**
 * Pay facts on the asked basis. The stated figures come first; a figure on another basis is derived only
 * with a basis the spec states (month ↔ year always; hours only from a stated hours-per-week), never assumed.
 */
function payFacts(f: SpecFeatures, period: 'hour' | 'month' | 'year' | undefined): FieldResult {
  const r = empty();
  if (f.pay.length === 0) return r;
  r.notes.push(...payWarnings(f.spec));
  const midNote = () => {
    if (f.pay.some((p) => p.highLabel === 'mid')) r.notes.push('Kentucky ranges are printed as MIN–MID: the upper figure is the midpoint, not the maximum.');
  };
  // The qualifier ("Department of Water and Power") is in the label; the value keeps the figures.
  const figures = (p: NormalisedPay) => (p.range.qualifier ? p.sourceText.replace(` — ${p.range.qualifier}`, '') : p.sourceText);
  const stated = (p: NormalisedPay) => ({ label: payLabel(p.range.period, p.range.hoursPerWeek, p.range.qualifier), value: figures(p), source: p.range.source });
  if (!period || f.pay.some((p) => p.range.period === period)) {
    const asked = period ? f.pay.filter((p) => p.range.period === period) : f.pay;
    r.facts.push(...asked.map(stated));
    // A general pay question also gets the annual equivalent of each non-annual range that has a stated basis.
    if (!period) for (const p of f.pay) if (p.annualText && p.range.period !== 'year') r.facts.push({ label: 'Annual equivalent', value: `${p.annualText} (from ${p.sourceText})`, source: p.range.source });
    midNote();
    return r;
  }
  const phrase = specPhrase(f.spec);
  const converted: FieldFact[] = [];
  const skipped: NormalisedPay[] = [];
  const brief: string[] = [];
  for (const p of f.pay) {
    const toYear = annualFactor(p.range.period, p.range.hoursPerWeek);
    const fromYear = annualFactor(period, p.range.hoursPerWeek);
    const high = p.range.max ?? p.range.mid;
    if (toYear === undefined || fromYear === undefined || (p.range.min === undefined && high === undefined)) {
      skipped.push(p);
      continue;
    }
    const factor = toYear / fromYear;
    const decimals = period === 'year' ? 0 : 2;
    const fig = (n: number | undefined) => (n === undefined ? '?' : formatMoney(Math.round(n * factor * 100) / 100, decimals));
    const amount = `${fig(p.range.min)}${high !== undefined ? `–${fig(high)}` : ''} ${PER[period]}`;
    converted.push({
      label: payLabel(period, p.range.hoursPerWeek, p.range.qualifier),
      value: `${amount} — from the stated ${figures(p)}`,
      source: p.range.source,
    });
    const bare = p.sourceText.replace(/ \(min–(mid|max)\)|, [\d.]+ h\/week/g, '');
    brief.push(`${amount}${p.range.hoursPerWeek ? ` at ${p.range.hoursPerWeek} h/week` : ''} (from ${bare})`);
  }
  const statedBases = [...new Set(f.pay.map((p) => PERIOD_ADJ[p.range.period]))].join(' and ');
  if (converted.length === 0) {
    // Nothing to derive from without guessing: say what the spec does state, quoted.
    r.facts.push(...f.pay.map(stated));
    const needsHours = period === 'hour' || f.pay.some((p) => p.range.period === 'hour');
    r.text = `${phrase} states only ${statedBases} pay (${f.pay.map((p) => p.sourceText).join('; ')}). It does not state ${/^([aeiou]|hour)/.test(PERIOD_ADJ[period]) ? 'an' : 'a'} ${PERIOD_ADJ[period]} ${period === 'hour' ? 'rate' : 'figure'}${needsHours ? ' or an hours basis to convert on' : ''}.`;
    midNote();
    return r;
  }
  r.facts.push(...converted);
  r.text = `${phrase} states no ${PERIOD_ADJ[period]} figure. From the ${[...new Set(f.pay.filter((p) => !skipped.includes(p)).map((p) => PERIOD_ADJ[p.range.period]))].join(' and ')} pay it states: ${brief.join('; ')}.`;
  for (const p of skipped) r.notes.push(`The ${PERIOD_ADJ[p.range.period]} range, ${p.sourceText}, states no hours basis, so it is not converted.`);
  midNote();
  return r;
}

const BOUND_WORD = { min: 'minimum', mid: 'midpoint', max: 'maximum' } as const;

/**
 * One end of the ranges ("starting salary", "midpoint", "maximum"): the stated figure of that end for each
 * range; an end the spec does not print (Kentucky prints MIN–MID, no maximum) is said to be absent.
 */
function boundFacts(f: SpecFeatures, bound: 'min' | 'mid' | 'max', all: FieldResult): FieldResult {
  if (all.facts.length === 0 || all.text) return all;
  const stated = f.pay.filter((p) => (bound === 'min' ? p.range.min : bound === 'mid' ? p.range.mid : p.range.max) !== undefined);
  const phrase = specPhrase(f.spec);
  if (stated.length === 0) {
    const printed = [...new Set(f.pay.map((p) => `${p.range.min !== undefined ? 'minimum' : ''}–${p.highLabel === 'mid' ? 'midpoint' : 'maximum'}`))].join(', ');
    const facts = all.facts.filter((x) => !/equivalent/i.test(x.label));
    return { ...all, facts, text: `${phrase} does not state a ${BOUND_WORD[bound]} salary; its ranges are printed as ${printed}. It states: ${facts.map((x) => `${x.label}: ${x.value}`).join('; ')}.` };
  }
  const r: FieldResult = { facts: [], notes: all.notes.filter((n) => !/MIN–MID/.test(n)) };
  for (const p of stated) {
    const v = bound === 'min' ? p.range.min! : bound === 'mid' ? p.range.mid! : p.range.max!;
    r.facts.push({ label: `${payLabel(p.range.period, p.range.hoursPerWeek, p.range.qualifier)} ${BOUND_WORD[bound]}`, value: `${formatMoney(v, p.decimals)} ${PER[p.range.period]} (range ${p.sourceText.replace(/ \(min–(mid|max)\)/, '')})`, source: p.range.source });
  }
  if (bound === 'min') r.notes.push('The spec states no starting salary as such; shown is the minimum of each range.');
  return r;
}

function payLabel(period: 'hour' | 'month' | 'year', hours?: number, qualifier?: string): string {
  const base = period === 'hour' ? 'Hourly' : period === 'month' ? 'Monthly' : 'Annual';
  return `${base}${hours ? ` (${hours} h/week)` : ''}${qualifier ? ` — ${qualifier}` : ''}`;
}

/** One-line summary of a field for comparison cells. */
export function fieldLine(f: SpecFeatures, topic: Topic): string | null {
  const res = fieldFacts(f, { topic });
  if (!res.facts.length) return null;
  return res.facts.map((x) => (res.facts.length > 1 ? `${x.label}: ${x.value}` : x.value)).join('; ');
}

