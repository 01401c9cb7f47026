/**
 * Small text helpers shared by the engine: normalisation, tokens, a light stemmer,
 * bounded edit distance and plain-text cleanup of user input.
 */

/** Words that carry no meaning for matching titles or topics. */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be by can could did do does for from has have how i if in into is it its me my of on or ' +
    'our per s so than that the their them then there these they this to was we were what whats when where which ' +
    'who whom why will with would you your about any all also please tell show give list does do need needs ' +
    'required require requires spec specs class classes job jobs title titles position positions'
  ).split(' '),
);

const ROMAN: Record<string, string> = { '1': 'i', '2': 'ii', '3': 'iii', '4': 'iv', '5': 'v', '6': 'vi' };
export const LEVEL_TOKENS = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi']);

/** Lower-case, unify quotes/dashes, drop markdown escapes, turn "I.T." into "it". */
export function normalize(text: string): string {
  // NFKC only when needed: it is the costliest step and most text is ASCII.
  return (/[^\x00-\x7f]/.test(text) ? text.normalize('NFKC') : text)
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\\([$*_#\\[\]])/g, '$1')
    .replace(/\b([a-z])\.([a-z])\.(?=\s|$|[^a-z])/gi, '$1$2')
    .toLowerCase();
}

/** Word tokens of normalised text (letters/digits; possessive 's dropped). */
export function words(text: string): string[] {
  return normalize(text)
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Title tokens: like words() but standalone 1–6 become roman numerals (Specialist 2 = Specialist II, PS2 = PS II). */
export function titleWords(text: string): string[] {
  // "PS2" / "IST2" are written together in chat: the level is its own word.
  return words(text).flatMap((w) => {
    const glued = /^([a-z]{2,})([1-6])$/.exec(w);
    return glued ? [glued[1]!, ROMAN[glued[2]!]!] : [ROMAN[w] ?? w];
  });
}

/** A deliberately light English stemmer (enough to match resets/reset, passwords/password, licensed/license). */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const stems = new Map<string, string>();

/** Content tokens: words minus stop words, stemmed (stems memoised: a corpus repeats its vocabulary). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length <= 1 || STOP_WORDS.has(w)) continue;
    let s = stems.get(w);
    if (s === undefined) {
      s = stem(w);
      if (stems.size > 200_000) stems.clear();
      stems.set(w, s);
    }
    out.push(s);
  }
  return out;
}

/**
 * Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`.
 * Cost is O(len × (2·max + 1)), so fuzzy matching stays bounded.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    if (from > 1) cur[from - 1] = max + 1;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? max + 1) + 1, (cur[j - 1] ?? max + 1) + 1, (prev[j - 1] ?? max + 1) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (to < b.length) cur[to + 1] = max + 1;
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  const d = prev[b.length] ?? max + 1;
  return d > max ? max + 1 : d;
}

/** Typo budget for a word: none for short words, 1 from 5 letters, 2 from 9. */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Strip chat markup from user text: HTML tags, Slack <@U…>/<!here>/<url|label>, markdown emphasis, control chars. */
export function cleanInput(text: string): string {
  return text
    .replace(/<(https?:[^|>]*)\|([^>]*)>/g, '$2')
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[e] ?? ' ')
    .replace(/[*_`~]+/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** First sentence or up to `max` characters, on a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const at = cut.lastIndexOf(' ');
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

/** Split a duty paragraph into sentences / semicolon clauses (Kentucky and Provo write duties as prose). */
export function splitDuties(text: string): string[] {
  return text
    .split(/(?<=[.;])\s+(?=[A-Z(])|;\s+/)
    .map((s) => s.trim().replace(/^[-•*\d.)\s]+/, '').replace(/[;.]\s*$/, ''))
    .filter((s) => s.length > 12);
}

/** "$2,206.92", "$13.581", "$68,611" — without Intl (toLocaleString costs ~0.1 ms a call). */
export function formatMoney(n: number, fixedDecimals?: number): string {
  const decimals = fixedDecimals ?? (Number.isInteger(n) ? 0 : Math.abs(n) < 100 && Math.round(n * 1000) % 10 !== 0 ? 3 : 2);
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}$${grouped}${frac ? `.${frac}` : ''}`;
}

/** "2½ years", "6 months", "1 year". */
export function formatMonths(months: number): string {
  const m = Math.round(months);
  if (m < 12) return `${m} month${m === 1 ? '' : 's'}`;
  const years = Math.floor(m / 12);
  const rest = m % 12;
  if (rest === 0) return `${years} year${years === 1 ? '' : 's'}`;
  if (rest === 6) return `${years}½ years`;
  return `${years} year${years === 1 ? '' : 's'} ${rest} month${rest === 1 ? '' : 's'}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
