/**
 * ask(): a free-text question → the right operation.
 * One spec + a field → a fact from the structured record, quoted. No spec + a field or "which classes…"
 * → a list across specs. A qualification question → fit. Otherwise ranked passages from the index.
 */
import type { Answer, Fact, Item } from '../model/answer.js';
import type { ClassSpec } from '../model/spec.js';
import { Citations, answer, clarification, followUp, notFoundAnswer, ref, specFollowUps, specName, specPhrase } from './answers.js';
import type { EngineContext, SpecFeatures } from './context.js';
import { fieldFacts } from './fields.js';
import { fit } from './fit.js';
import { PICK_THRESHOLD, pickSpec } from './pick.js';
import { search, searchAnswer, showSpec } from './show.js';
import { TOPIC_LABEL, TOPIC_PHRASE, detectTopic, type Topic, type TopicMatch } from './topics.js';
import { synonymSpans } from '../index/tokenizer.js';
import { mentionedJurisdictions } from './jurisdiction.js';
import { primaryPay, type NormalisedPay } from './pay.js';
import { STOP_WORDS, formatMoney, shorten, terms, words } from './text.js';

/** Most specs listed (and cited) in one list answer; the text gives the full count. */
const MAX_LIST = 50;
const LIST_QUESTION = /^\s*(which|what|list|show( me)?|are there( any)?|any|how many|find|all)\b.*\b(classes|class specs|specs|specifications|titles|jobs|positions|roles|classifications)\b/i;
const MENTION = /\b(mention|mentions|include|includes|involve|involves|cover|covers|talk about|refer to|deal with|have to do with)\b\s+(.+?)\??$/i;
const ALL_SPECS = /^\s*(list|show( me)?|what are|which are)\s+(all\s+|every\s+)?(the\s+)?(specs|classes|class specs|specifications|titles|jobs)\b\s*\??\s*$|^\s*what (specs|classes|titles) (do you have|are (there|loaded))\b/i;
const OLD_SPECS = /\b(older than|out of date|outdated|not (been )?(revised|updated) (in|for|since)|old specs?)\b/i;
const FIT_QUESTION = /\b(qualif(y|ies|ied)|eligible|meet (the )?(minimum )?(requirements|qualifications|mqs?))\b/i;

export function ask(ctx: EngineContext, question: string, notes: string[] = [], specId?: string): Answer {
  const q = question.trim();
  if (!q) return notFoundAnswer('Ask me about a class spec, e.g. "what\'s the pay grade for Production Coordinator?". Type "help" for more.', 'Ask a question', notes);
  if (!/[\p{L}\p{N}]/u.test(q)) return notFoundAnswer('I could not read a question there. Try e.g. "which classes need a driver\'s license?" or type "help".', 'Nothing to answer', notes);

  // "does someone with an associate's in networking and a year of help desk work qualify?"
  if (FIT_QUESTION.test(q) && /\b(degree|diploma|years?|months?|yrs?|bachelor|associate|master|bs|ba|ged|experience|help desk)\b/i.test(q)) {
    const fitQ = fitFromQuestion(q);
    if (fitQ) return fit(ctx, fitQ.profile, fitQ.spec ? { spec: fitQ.spec } : {}, notes);
  }

  const topic = detectTopic(q);
  const fixed = specId ? ctx.byId.get(specId)?.spec : undefined;
  const isList = !fixed && (LIST_QUESTION.test(q) || /^\s*(do|does) any\b/i.test(q));

  // "kentucky classes", "list the Provo specs", "what specs do you have for the state": nothing but a place.
  if (!fixed) {
    const places = jurisdictionOnly(ctx, q);
    if (places) return jurisdictionList(ctx, places, notes);
  }
  if (!fixed && ALL_SPECS.test(q)) return search(ctx, '', notes);
  if (!fixed && (isList || /^\s*(are there|any)\b/i.test(q)) && OLD_SPECS.test(q)) {
    const years = Number(/older than (\d+)/i.exec(q)?.[1] ?? 10);
    return oldList(ctx, Number.isFinite(years) && years > 0 ? years : 10, notes);
  }
  if (!fixed && isList) {
    const mention = MENTION.exec(q);
    if (mention?.[2] && (!topic || /mention|include|involve|cover|refer|talk/i.test(mention[1]!))) return cachedList(ctx, `t:${mention[2]}`, notes, () => topicList(ctx, mention[2]!, []));
    if (topic) return cachedList(ctx, `f:${q}`, notes, () => fieldList(ctx, q, topic, []));
    const places = ctx.titles.resolve(q).jurisdictions;
    if (places.length) return jurisdictionList(ctx, places, notes);
    return cachedList(ctx, `t:${q}`, notes, () => topicList(ctx, q, []));
  }

  let spec = fixed;
  if (!spec) {
    const redo = (s: ClassSpec) => ({ op: 'ask' as const, question: q, specId: s.id });
    // A question names a spec when some title passes 0.6. Scores do not depend on the threshold, so one resolve at
    // the pick threshold answers both (a resolve costs ~10 ms at 100,000 specs).
    const r = ctx.titles.resolve(q, { threshold: PICK_THRESHOLD });
    if ((r.candidates[0]?.score ?? -Infinity) >= 0.6) {
      const picked = pickSpec(ctx, q, redo, notes, r);
      if (picked.answer) return picked.answer;
      spec = picked.spec;
    } else {
      // A short subject ("what does the specialist do", "the help desk series"): the specs whose titles contain it.
      const named = ctx.titles.containing(q);
      if (named.length === 1) spec = named[0];
      else if (named.length > 1 && named.length <= 5) return clarification(q, named, redo, notes);
    }
  }
  if (spec) {
    const f = ctx.byId.get(spec.id)!;
    // Words of the title are not the question's topic ("Background Investigator", "Data Processing Technician").
    const titleRe = new RegExp(`\\b(${spec.title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '$^'})\\b`, 'giu');
    const rest = q.replace(titleRe, ' ');
    const topicOfQuestion = detectTopic(rest);
    // A question that names one of the spec's own headings ("special entrance rate", "primary user agency")
    // is answered from that section, unless it is a field question the structured record answers.
    const heading = headingAsked(spec, rest);
    if (heading && (!topicOfQuestion || ['special-requirements', 'summary'].includes(topicOfQuestion.topic))) return sectionAnswer(ctx, f, heading, notes);
    if (topicOfQuestion) return factAnswer(ctx, f, topicOfQuestion, notes);
    // Just a title ("PS II", "show me the Production Coordinator"): the spec itself.
    const titleWords = new Set(terms(`${spec.title} ${spec.jurisdiction.name ?? ''} show see open display spec card ist ps it`));
    if (terms(q).every((t) => titleWords.has(t) || t.length <= 2)) return showSpec(ctx, f, notes);
    // A named spec but no field: passages of that spec about the question, else the spec itself.
    // Search that spec for what the question asks, not for its title ("is the help desk job remote" → "remote").
    const about = words(rest).filter((w) => w.length > 1 && !STOP_WORDS.has(w) && !QUESTION_NOISE.has(w)).join(' ');
    const own = about ? searchAnswer(ctx, about, notes, [spec.id]) : showSpec(ctx, f, notes);
    if (own.kind === 'search') return own;
    return showSpec(ctx, f, notes);
  }
  if (topic) {
    // "provo pay": a place with a single spec names that spec.
    const places = mentionedJurisdictions(q, ctx.titles.jurisdictionWords);
    const inPlace = places.length ? ctx.titles.specsInJurisdictions(places) : [];
    if (inPlace.length === 1) return factAnswer(ctx, ctx.byId.get(inPlace[0]!.id)!, topic, notes);
    return cachedList(ctx, `f:${q}`, notes, () => fieldList(ctx, q, topic, []));
  }
  return searchAnswer(ctx, q, notes);
}

/** Words of a question that say nothing about what to look for in a named spec. */
const QUESTION_NOISE = new Set('mean means meaning stand stands spec specification job position role class say says does tell explain anything something'.split(' '));

/** The spec's section whose heading (two words or more) the question names, if any. */
function headingAsked(spec: ClassSpec, q: string): ClassSpec['sections'][number] | undefined {
  const asked = ` ${words(q).join(' ')} `;
  let best: ClassSpec['sections'][number] | undefined;
  for (const section of spec.sections) {
    const h = words(section.heading.replace(/\(.*?\)/g, ' ')).join(' ');
    if (h.split(' ').length < 2 || !section.text.trim()) continue;
    if (asked.includes(` ${h} `) && (!best || h.length > words(best.heading).join(' ').length)) best = section;
  }
  return best;
}

/** A section of one spec, quoted: what the spec says under the heading the question names. */
function sectionAnswer(ctx: EngineContext, f: SpecFeatures, section: ClassSpec['sections'][number], notes: string[]): Answer {
  const spec = f.spec;
  const cites = new Citations();
  const quote = section.text.trim();
  // "NONE NONE NONE" (one per pay row) reads as "NONE".
  const value = shorten(quote.split(/\s+/).every((w, _, all) => w === all[0]) ? quote.split(/\s+/)[0]! : quote, 400);
  const c = cites.add(spec, { section: section.heading, quote });
  return answer({
    kind: 'fact',
    title: `${spec.title} — ${section.heading.toLowerCase()}`,
    text: `${specName(spec)} — ${section.heading}: ${value}`,
    specs: [ref(spec)],
    citations: cites.list,
    facts: [{ label: section.heading, value, ...(c !== undefined ? { citation: c } : {}) }],
    followUps: specFollowUps(spec, ctx.specs.length > 1 ? [ctx.specs.find((s) => s.id !== spec.id)!] : []),
    notes: [...notes, ...oldSpecNote(ctx, spec)],
  });
}

const LIST_CACHE_SIZE = 500;

/**
 * Lists across specs scan every record once; the corpus is read-only, so the answer is kept (bounded,
 * oldest dropped first) and a repeated question costs a lookup. Request notes are added per call.
 */
function cachedList(ctx: EngineContext, key: string, notes: string[], build: () => Answer): Answer {
  const k = terms(key).join(' ') + key.slice(0, 2);
  let a = ctx.listCache.get(k);
  if (!a) {
    a = build();
    if (ctx.listCache.size >= LIST_CACHE_SIZE) ctx.listCache.delete(ctx.listCache.keys().next().value!);
    ctx.listCache.set(k, a);
  }
  const merged = [...notes, ...(a.notes ?? [])];
  return structuredClone({ ...a, ...(merged.length ? { notes: merged } : {}) });
}

function fitFromQuestion(q: string): { profile: string; spec?: string } | undefined {
  const m = /\b(?:someone|somebody|a candidate|an applicant|a person|candidates?|applicants?|i|they|he|she)\b(?:\s+who\s+(?:has|have))?\s*(?:with|has|have)?\s+(.+?)\s+(?:qualif\w*|be eligible|eligible|meet\w*)(?:\s+(?:for|as)\s+(?:the\s+|a\s+|an\s+)?(.+?))?\s*\??$/i.exec(q);
  if (!m?.[1]) return undefined;
  return { profile: m[1], ...(m[2] ? { spec: m[2] } : {}) };
}

export function factAnswer(ctx: EngineContext, f: SpecFeatures, topic: TopicMatch, notes: string[] = []): Answer {
  const spec = f.spec;
  const res = fieldFacts(f, topic);
  const cites = new Citations();
  const facts: Fact[] = res.facts.map((x) => {
    const c = cites.add(spec, x.source);
    return { label: x.label, value: x.value, ...(c !== undefined ? { citation: c } : {}) };
  });
  const title = `${spec.title} — ${TOPIC_LABEL[topic.topic].toLowerCase()}`;
  const allNotes = [...notes, ...res.notes, ...oldSpecNote(ctx, spec)];
  const others = ctx.specs.length > 1 ? [ctx.specs.find((s) => s.id !== spec.id)!] : [];
  if (facts.length === 0) {
    return answer({
      kind: 'fact',
      title,
      text: `${specPhrase(spec)} does not state ${TOPIC_PHRASE[topic.topic]}.`,
      specs: [ref(spec)],
      facts: [],
      followUps: specFollowUps(spec, others),
      notes: allNotes,
    });
  }
  let text: string;
  if (res.text) text = res.text;
  else if (res.missingDetail) text = `${specPhrase(spec)} does not state ${/^(an?|whom|who|any) /.test(res.missingDetail) ? res.missingDetail : `a ${res.missingDetail}`}. It states: ${facts.map((x) => `${x.label}: ${x.value}`).join('; ')}`.replace(/([^.!?"])$/, '$1.');
  else if (topic.topic === 'duties') text = `${specName(spec)} lists ${f.duties.length} ${spec.layout === 'task-list' ? 'essential tasks' : 'duties'}${facts.length < f.duties.length ? `; the first ${Math.min(4, facts.length)}` : ''}: ${facts.slice(0, 4).map((x) => x.value).join('; ')}${facts.length > 4 ? '; …' : ''}`;
  else if (facts.length === 1) text = `${specName(spec)} — ${facts[0]!.label}: ${facts[0]!.value}`;
  else text = `${specName(spec)} — ${TOPIC_LABEL[topic.topic].toLowerCase()}: ${facts.slice(0, 4).map((x) => `${x.label}: ${x.value}`).join('; ')}${facts.length > 4 ? '; …' : ''}`;
  return answer({
    kind: 'fact',
    title,
    text: shorten(text, 700),
    specs: [ref(spec)],
    citations: cites.list,
    facts,
    followUps: specFollowUps(spec, others),
    notes: allNotes,
  });
}

export function oldSpecNote(ctx: EngineContext, spec: ClassSpec): string[] {
  const date = spec.revised?.date ?? spec.established?.date;
  if (!date) return [];
  const years = (ctx.now().getTime() - Date.parse(date)) / (365.25 * 24 * 3600 * 1000);
  return years > 10 ? [`${spec.title} was last revised ${date} (${Math.floor(years)} years ago); check it is still current.`] : [];
}

/** Education levels asked about in a list question. */
function levelAsked(q: string): 'bachelor' | 'associate' | 'master' | 'high-school' | undefined {
  const l = q.toLowerCase();
  if (/bachelor|\bbs\b|\bba\b|four[- ]year|4[- ]year degree|college degree/.test(l)) return 'bachelor';
  if (/associate|\baas?\b|two[- ]year degree/.test(l)) return 'associate';
  if (/master/.test(l)) return 'master';
  if (/high school|diploma|\bged\b/.test(l)) return 'high-school';
  return undefined;
}

/** "which classes require a bachelor's degree?", "which classes need a driver's license?" */
function fieldList(ctx: EngineContext, q: string, topic: TopicMatch, notes: string[]): Answer {
  const cites = new Citations();
  const items: Item[] = [];
  const level = topic.topic === 'education' ? levelAsked(q) : undefined;
  // "which classes allow experience to substitute for a degree?" / "… accept a master's for experience?"
  const subKinds: string[] | undefined =
    topic.topic !== 'substitutions'
      ? undefined
      : /master/i.test(q)
        ? ['master-for-experience']
        : /experience.*(degree|education)|(degree|education).*(replaced|substituted) by experience/i.test(q)
          ? ['experience-for-degree', 'combination']
          : /(education|college|units|training).*experience/i.test(q)
            ? ['education-for-experience', 'training-for-degree', 'combination']
            : undefined;
  if (topic.topic === 'pay' && /\b(most|highest|best|top|least|lowest|rank(ed|ing)?)\b/i.test(q)) return payRanking(ctx, q, notes);
  const negated = !level && /\b(no|without|lack(s|ing)?|missing|don'?t|do not|doesn'?t|does not|not state|not list)\b/i.test(q);
  // A place in the question narrows the list to its specs ("Kentucky grades").
  const places = mentionedJurisdictions(q, ctx.titles.jurisdictionWords);
  const allowed = places.length ? new Set(ctx.titles.specsInJurisdictions(places).map((s) => s.id)) : undefined;
  const placeTerms = new Set(terms(places.join(' ')));
  const qualifiers = qualifierTerms(q, topic.topic).filter((t) => !placeTerms.has(t));
  for (const f of ctx.byId.values()) {
    const spec = f.spec;
    if (allowed && !allowed.has(spec.id)) continue;
    if (level) {
      const paths = f.mq.paths.filter((p) => p.education?.level === level);
      if (paths.length === 0) continue;
      const all = paths.length === f.mq.paths.length;
      const c = items.length < MAX_LIST ? cites.add(spec, spec.minimumQualifications?.education?.source ?? spec.minimumQualifications?.source) : undefined;
      const quote = paths[0]!.education!.quote;
      const subs = f.mq.substitutions.some((s) => s.kind === 'experience-for-degree' || s.kind === 'training-for-degree') || !!f.mq.combination;
      items.push({
        spec: ref(spec),
        detail: `${all ? 'Requires' : `One of ${f.mq.paths.length} alternatives requires`}: "${shorten(quote, 160)}"${subs ? ' (substitutions allowed)' : ''}`,
        ...(c !== undefined ? { citations: [c] } : {}),
      });
      continue;
    }
    if (subKinds && !subKinds.some((k) => (k === 'combination' ? !!f.mq.combination : f.mq.substitutions.some((x) => x.kind === k)))) continue;
    const res = fieldFacts(f, topic, { scanText: false });
    if (negated) {
      // "which specs have no minimum qualifications?": the specs that do not state the field.
      if (res.facts.length === 0) items.push({ spec: ref(spec), detail: `Does not state ${TOPIC_PHRASE[topic.topic]}` });
      continue;
    }
    if (res.facts.length === 0) continue;
    // "which classes are FLSA exempt?": Non-Exempt is not exempt.
    const flsaWanted = topic.topic === 'flsa' ? (/\bnon[- ]?exempt\b/i.test(q) ? 'non' : /\bexempt\b/i.test(q) ? 'exempt' : undefined) : undefined;
    const matching = flsaWanted
      ? res.facts.filter((x) => (flsaWanted === 'non' ? /\bnon[- ]?exempt\b/i.test(x.value) : /\bexempt\b/i.test(x.value) && !/\bnon[- ]?exempt\b/i.test(x.value)))
      : qualifiers.length
        ? res.facts.filter((x) => qualifiers.every((t) => terms(x.value).includes(t)))
        : res.facts;
    if (matching.length === 0) continue;
    const first = matching[0]!;
    const c = items.length < MAX_LIST ? cites.add(spec, first.source) : undefined;
    items.push({ spec: ref(spec), detail: shorten(`${first.label}: ${first.value}`, 220), ...(c !== undefined ? { citations: [c] } : {}) });
  }
  const what = level ? (level === 'high-school' ? 'a high school diploma' : `${level === 'associate' ? 'an' : 'a'} ${level}'s degree`) : TOPIC_PHRASE[topic.topic];
  if (negated) {
    const shownN = items.slice(0, MAX_LIST);
    return answer({
      kind: 'list',
      title: `Specs that do not state ${what}`,
      text: items.length ? `${items.length} of ${ctx.specs.length} specs ${items.length === 1 ? 'does' : 'do'} not state ${what}: ${shownN.slice(0, 6).map((i) => i.spec.title).join(', ')}${items.length > 6 ? ', …' : ''}.` : `All ${ctx.specs.length} specs state ${what}.`,
      specs: shownN.map((i) => i.spec),
      items: shownN,
      followUps: shownN.slice(0, 3).map((i) => followUp(`Show ${i.spec.title}`, { op: 'show', specId: i.spec.id })),
      notes: items.length > shownN.length ? [...notes, `Showing the first ${shownN.length} of ${items.length}.`] : notes,
    });
  }
  if (items.length === 0) {
    return answer({
      kind: 'list',
      title: `Specs that state ${what}`,
      text: `None of the ${ctx.specs.length} specs states ${what}${qualifiers.length ? ` matching "${qualifiers.join(' ')}"` : ''}.`,
      items: [],
      followUps: [followUp('Search the text', { op: 'search', terms: q })],
      notes,
    });
  }
  const shown = items.slice(0, MAX_LIST);
  return answer({
    kind: 'list',
    title: `Specs that state ${what}`,
    text: `${items.length} of ${ctx.specs.length} specs ${items.length === 1 ? 'states' : 'state'} ${what}: ${shown.slice(0, 6).map((i) => i.spec.title).join(', ')}${items.length > 6 ? ', …' : ''}.`,
    specs: shown.map((i) => i.spec),
    items: shown,
    citations: cites.list,
    followUps: shown.length >= 2 ? [followUp('Compare these', { op: 'compare', specIds: shown.slice(0, 4).map((i) => i.spec.id) })] : [],
    notes: items.length > shown.length ? [...notes, `Showing the first ${shown.length} of ${items.length}.`] : notes,
  });
}

const TOPIC_WORDS = new Set(
  terms(
    'which what classes class specs spec need needs require requires required have has any a an valid mention state states ' +
      'license licence driver drivers driving drug screen screening test testing background check prea probation probationary ' +
      'period grade pay salary salaries education degree experience flsa status code codes date dates tools equipment physical demands ' +
      'working conditions series level levels selection method duties duty report reports supervision civil service submit be may must',
  ),
);

const QUALIFIER_NOISE = new Set(terms('year years month months least minimum more than one two three four five six no without lack missing don doesn not typical typically usual usually general normal standard main basic'));

function qualifierTerms(q: string, topic: Topic): string[] {
  if (['driver-license', 'drug-screen', 'background-check', 'prea', 'license', 'probation', 'education', 'substitutions', 'mq', 'duties', 'ksa'].includes(topic)) return [];
  // "which classes require production support experience?": the kind of experience narrows the list.
  return terms(q).filter((t) => !TOPIC_WORDS.has(t) && !QUALIFIER_NOISE.has(t) && !/^\d+$/.test(t)).slice(0, 3);
}

/** "which classes are older than 10 years?": by last revision (or establishment) date, relative to today. */
function oldList(ctx: EngineContext, years: number, notes: string[]): Answer {
  const now = ctx.now().getTime();
  const cites = new Citations();
  const items: Item[] = [];
  let undated = 0;
  for (const spec of ctx.specs) {
    const d = spec.revised ?? spec.established;
    if (!d) {
      undated++;
      continue;
    }
    const age = (now - Date.parse(d.date)) / (365.25 * 24 * 3600 * 1000);
    if (age <= years) continue;
    const c = items.length < MAX_LIST ? cites.add(spec, d.source) : undefined;
    items.push({ spec: ref(spec), detail: `${spec.revised ? 'Last revised' : 'Established'} ${d.date} (${Math.floor(age)} years ago)`, ...(c !== undefined ? { citations: [c] } : {}) });
  }
  const shown = items.slice(0, MAX_LIST);
  return answer({
    kind: 'list',
    title: `Specs older than ${years} years`,
    text: `${items.length} of ${ctx.specs.length} specs were last revised more than ${years} years ago${shown.length ? `: ${shown.slice(0, 6).map((i) => i.spec.title).join(', ')}${items.length > 6 ? ', …' : ''}` : ''}.`,
    specs: shown.map((i) => i.spec),
    items: shown,
    citations: cites.list,
    followUps: [],
    notes: [...notes, ...(undated ? [`${undated} spec${undated === 1 ? ' states' : 's state'} no date and could not be checked.`] : []), ...(items.length > shown.length ? [`Showing the first ${shown.length} of ${items.length}.`] : [])],
  });
}

/**
 * "which jobs pay the most?": specs ranked by the upper figure of their pay, normalised to a year on the basis
 * each spec states (ranges without a stated basis are left out, and said so). The upper figure is labelled
 * (Kentucky's is a midpoint, not a maximum).
 */
function payRanking(ctx: EngineContext, q: string, notes: string[]): Answer {
  const lowest = /\b(least|lowest)\b/i.test(q);
  const cites = new Citations();
  const ranked: { f: SpecFeatures; p: NormalisedPay }[] = [];
  let unstated = 0;
  for (const f of ctx.byId.values()) {
    // Classes with several ranges (LA pay grades): the top range for "highest", the bottom one for "lowest".
    const usable = f.pay.filter((x) => x.annualHigh !== undefined && !x.range.qualifier);
    const p = usable.length
      ? usable.reduce((best, x) => (lowest ? ((x.annualLow ?? x.annualHigh!) < (best.annualLow ?? best.annualHigh!) ? x : best) : x.annualHigh! > best.annualHigh! ? x : best))
      : primaryPay(f.pay);
    if (p?.annualHigh === undefined) unstated++;
    else ranked.push({ f, p });
  }
  // Lowest first by the bottom of the range, highest first by the top.
  ranked.sort((a, b) => (lowest ? (a.p.annualLow ?? a.p.annualHigh!) - (b.p.annualLow ?? b.p.annualHigh!) : b.p.annualHigh! - a.p.annualHigh!));
  const shown = ranked.slice(0, MAX_LIST);
  const items: Item[] = shown.map(({ f, p }) => {
    const c = cites.add(f.spec, p.range.source);
    return { spec: ref(f.spec), detail: `${p.annualText} (upper figure is the ${p.highLabel === 'mid' ? 'midpoint' : 'maximum'}; from ${p.sourceText})`, ...(c !== undefined ? { citations: [c] } : {}) };
  });
  const extra = [...notes];
  if (unstated) extra.push(`${unstated} spec${unstated === 1 ? ' states' : 's state'} no pay that converts to a year on a stated basis and ${unstated === 1 ? 'is' : 'are'} not ranked.`);
  if (shown.some((s) => s.p.highLabel === 'mid')) extra.push('Kentucky ranges are printed as MIN–MID: their upper figure is the midpoint, not the maximum.');
  return answer({
    kind: 'list',
    title: `Specs by pay (${lowest ? 'lowest' : 'highest'} first)`,
    text: shown.length
      ? `${lowest ? 'Lowest' : 'Highest'} pay first, by the ${lowest ? 'lower' : 'upper'} figure of each range a year: ${shown.slice(0, 6).map(({ f, p }) => `${f.spec.title} ${formatMoney(lowest ? (p.annualLow ?? p.annualHigh!) : p.annualHigh!, 0)}`).join('; ')}.`
      : `None of the ${ctx.specs.length} specs states pay that converts to a year on a stated basis.`,
    specs: items.map((i) => i.spec),
    items,
    citations: cites.list,
    followUps: shown.length >= 2 ? [followUp('Compare the top two', { op: 'compare', specIds: shown.slice(0, 2).map((s) => s.f.spec.id) })] : [],
    notes: extra,
  });
}

/** Words a request for "the specs of <place>" is made of, besides the place. */
const LIST_FILLER = new Set(
  ('list show me give what which are is there any all every the a an of in for from by do you have has got loaded available ' +
    'how many our class classes spec specs specification specifications title titles job jobs position positions classification classifications role roles please')
    .split(' '),
);

/** The jurisdiction keys of a request that names only a place and asks for its specs; undefined otherwise. */
function jurisdictionOnly(ctx: EngineContext, q: string): string[] | undefined {
  const places = mentionedJurisdictions(q, ctx.titles.jurisdictionWords);
  if (places.length === 0) return undefined;
  const placeWords = new Set(places.flatMap((p) => p.split(' ')));
  const rest = words(q).filter((w) => !placeWords.has(w) && !LIST_FILLER.has(w) && !/^(state|city|county|commonwealth)$/.test(w));
  return rest.length === 0 ? places : undefined;
}

/** "which jobs are in Kentucky?" */
function jurisdictionList(ctx: EngineContext, places: string[], notes: string[]): Answer {
  const specs = ctx.titles.specsInJurisdictions(places);
  const shown = specs.slice(0, 50);
  const cites = new Citations();
  const items: Item[] = shown.map((s) => {
    const c = cites.add(s, s.jurisdiction.source);
    const detail = [s.grade ? `Grade ${s.grade.value}` : null, s.codes[0] ? `${s.codes[0].label} ${s.codes[0].value}` : null, s.series?.level ? `Level ${s.series.level} of the ${s.series.name} series` : null].filter(Boolean).slice(0, 2).join(' · ');
    return { spec: ref(s), detail: detail || 'No grade or code stated', ...(c !== undefined ? { citations: [c] } : {}) };
  });
  const where = [...new Set(specs.map((s) => s.jurisdiction.name ?? `an unnamed ${s.jurisdiction.kind}`))].join(', ') || places.join(', ');
  // "the state" names the spec whose state is unnamed; say where the named states' specs are.
  if (places.includes('state')) {
    const named = [...new Set(ctx.specs.filter((s) => s.jurisdiction.kind === 'state' && s.jurisdiction.name).map((s) => s.jurisdiction.name!))].slice(0, 3);
    if (named.length) notes = [...notes, `"The state" is read as the spec that names no state; for ${named.join(', ')} ask by name.`];
  }
  return answer({
    kind: 'list',
    title: `Specs of ${where}`,
    text: specs.length ? `${specs.length} spec${specs.length === 1 ? '' : 's'} of ${where}: ${shown.slice(0, 8).map((s) => s.title).join(', ')}${specs.length > 8 ? ', …' : ''}.` : `No spec of ${places.join(', ')} is loaded.`,
    specs: items.map((i) => i.spec),
    items,
    citations: cites.list,
    followUps: shown.length >= 2 ? [followUp('Compare these', { op: 'compare', specIds: shown.slice(0, 4).map((s) => s.id) })] : [],
    notes: specs.length > shown.length ? [...notes, `Showing the first ${shown.length} of ${specs.length}.`] : notes,
  });
}

/** "which specs mention password resets?": full-text hits grouped by spec, each with its evidence. */
function topicList(ctx: EngineContext, topicText: string, notes: string[]): Answer {
  const hits = ctx.searchText(topicText, { limit: 200 });
  const bySpec = new Map<string, (typeof hits)[number]>();
  for (const h of hits) if (!bySpec.has(h.specId)) bySpec.set(h.specId, h);
  const cites = new Citations();
  const items: Item[] = [];
  const want = terms(topicText);
  for (const h of bySpec.values()) {
    const f = ctx.byId.get(h.specId);
    if (!f) continue;
    const sentence = bestSentence(h.text, want, topicText);
    const c = items.length < MAX_LIST ? cites.add(f.spec, { section: h.section, quote: sentence }) : undefined;
    items.push({ spec: ref(f.spec), detail: shorten(sentence, 220), section: h.section, score: round(h.score), ...(c !== undefined ? { citations: [c] } : {}) });
  }
  const label = shorten(topicText.replace(/\?+$/, ''), 60);
  if (items.length === 0) {
    return notFoundAnswer(`No spec mentions "${label}". Try other words, or "help" for what I can answer.`, 'No matching specs', notes);
  }
  const shown = items.slice(0, MAX_LIST);
  return answer({
    kind: 'list',
    title: `Specs mentioning "${label}"`,
    text: `${items.length} spec${items.length === 1 ? '' : 's'} mention${items.length === 1 ? 's' : ''} "${label}": ${shown.slice(0, 6).map((i) => specName(i.spec)).join(', ')}${items.length > 6 ? ', …' : ''}.`,
    specs: shown.map((i) => i.spec),
    items: shown,
    citations: cites.list,
    followUps: shown.slice(0, 3).map((i) => followUp(`Show ${i.spec.title}`, { op: 'show', specId: i.spec.id })),
    notes,
  });
}

/** Terms of a text plus the canonical tokens of the field's abbreviations in it (JCL = job control language). */
function termsWithSynonyms(text: string): string[] {
  return [...terms(text), ...synonymSpans(text).map((s) => s.token)];
}

export function bestSentence(text: string, want: string[], wantText?: string): string {
  const sentences = text.split(/(?<=[.;!?])\s+|\n+/).filter((s) => s.trim());
  if (wantText) want = [...want, ...synonymSpans(wantText).map((s) => s.token)];
  let best = sentences[0] ?? text;
  let bestN = -1;
  for (const s of sentences) {
    const st = new Set(termsWithSynonyms(s));
    const n = want.filter((t) => st.has(t)).length;
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  return best.trim().replace(/^[-•*]\s*/, '');
}

const round = (n: number) => Math.round(n * 1000) / 1000;
