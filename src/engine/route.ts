/**
 * Command routing shared by every channel: turns one line of user text into an operation.
 * "compare A vs B", "A vs B", "compare A and B", "what's Kentucky's equivalent of Provo's IST II",
 * "similar X", "fit <profile> [for <spec>]", "show X", "search …", "help"; anything else is a question.
 */

export type Route =
  | { op: 'help' }
  | { op: 'show'; ref: string }
  | { op: 'search'; terms: string }
  | { op: 'compare'; refs: string[] }
  | { op: 'similar'; ref: string }
  /** "Kentucky's equivalent of Provo's IST II": similar, narrowed to a jurisdiction. */
  | { op: 'equivalent'; ref: string; jurisdiction: string }
  | { op: 'fit'; profile: string; spec?: string }
  | { op: 'ask'; question: string };

const PROFILE_WORDS = /\b(degree|diploma|ged|bachelor|associate|master|bs|ba|aas|years?|yrs?|months?|experience|present)\b/i;
const SHOW_QUESTION = /^(me\s+)?(the\s+)?(pay|salary|grade|education|experience|duties|requirements|qualifications|codes?|dates?|licen[cs]e|probation|flsa|tools|physical)\b|\b(which|what|who|how)\b/i;

const COMMAND = /^\s*\/?(compare|similar|fit|show|search|help|ask|find|qualify|check)\b[\s:,-]*/i;

export function route(text: string): Route {
  const t = text.trim();
  if (!t) return { op: 'help' };
  const m = COMMAND.exec(t);
  const rest = m ? t.slice(m[0].length).trim() : t;
  const cmd = m?.[1]?.toLowerCase();
  switch (cmd) {
    case 'help':
      return rest ? { op: 'ask', question: t } : { op: 'help' };
    case 'show':
      // "show me the pay for PS II" asks about a field; "show PS II" shows the spec.
      if (rest && SHOW_QUESTION.test(rest)) return { op: 'ask', question: rest };
      return rest ? { op: 'show', ref: rest } : { op: 'help' };
    case 'search':
    case 'find':
      return { op: 'search', terms: rest };
    case 'similar':
      return rest ? { op: 'similar', ref: stripSimilarWords(rest) } : { op: 'help' };
    case 'compare': {
      const refs = splitRefs(rest, true);
      return { op: 'compare', refs };
    }
    case 'check':
      // "check the grade of PS II" is a question; "check BS in CS, 2 years help desk" a profile.
      if (!PROFILE_WORDS.test(rest)) return { op: 'ask', question: t };
      return fitRoute(rest);
    case 'fit':
    case 'qualify':
      return fitRoute(rest);
    case 'ask':
      return rest ? route(rest) : { op: 'help' };
    default:
      break;
  }
  // "A vs B" without the command word
  if (/\s(vs\.?|versus)\s/i.test(t)) return { op: 'compare', refs: splitRefs(t.replace(/^(please\s+)?(diff|difference between)\s+/i, ''), true) };
  const eq = equivalent(t);
  if (eq) return eq;
  const sim = /^(?:what(?:'s| is| are)?|which|list|find|show)?\s*(?:titles?|specs?|classes|jobs?)?\s*(?:are\s+)?(?:similar|comparable|closest)\s+(?:to\s+)?(.+?)\??$/i.exec(t);
  if (sim?.[1]) return { op: 'similar', ref: sim[1].trim() };
  // "what's the difference between the two IST IIs": one ambiguous name, compare what it matches.
  const both = /^(?:what(?:'s| is| are) the )?difference(?:s)? between (?:the )?(?:two|both) (.+?)\??$/i.exec(t);
  if (both?.[1]) return { op: 'compare', refs: [both[1].trim()] };
  const diff = /^(?:what(?:'s| is) the )?difference(?:s)? between (.+?) and (.+?)\??$/i.exec(t);
  if (diff?.[1] && diff[2]) return { op: 'compare', refs: [diff[1].trim(), diff[2].trim()] };
  return { op: 'ask', question: t };
}

function stripSimilarWords(s: string): string {
  return s.replace(/^(titles?\s+)?(to|like)\s+/i, '').replace(/\?+$/, '').trim();
}

/** "A vs B vs C", "A and B", "A, B and C". */
export function splitRefs(s: string, allowAnd: boolean): string[] {
  const cleaned = s.replace(/\?+\s*$/, '').trim();
  let parts = cleaned.split(/\s+(?:vs\.?|versus|v\.|with|against|to)\s+|\s*\|\s*|\s*;\s*/i);
  if (parts.length === 1 && allowAnd) parts = cleaned.split(/\s*,\s*(?:and\s+)?|\s+and\s+/i);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "What's Kentucky's equivalent of Provo's IST II", "Kentucky equivalent to X", "X equivalent in Kentucky". */
function equivalent(t: string): Route | undefined {
  const a = /(?:what(?:'s| is| would be)\s+)?(?:the\s+)?([\p{L} .]+?)(?:'s|s')?\s+(?:equivalent|counterpart|match)\s+(?:of|to|for)\s+(.+?)\??$/iu.exec(t);
  if (a?.[1] && a[2]) return { op: 'equivalent', jurisdiction: a[1].trim(), ref: a[2].trim() };
  const b = /(?:what(?:'s| is)\s+)?(?:the\s+)?(?:equivalent|counterpart)\s+(?:of|to|for)\s+(.+?)\s+in\s+([\p{L} .]+?)\??$/iu.exec(t);
  if (b?.[1] && b[2]) return { op: 'equivalent', jurisdiction: b[2].trim(), ref: b[1].trim() };
  return undefined;
}

/** "fit <profile> for <spec>", "fit <profile> --spec <spec>", "does <profile> qualify for <spec>". */
function fitRoute(rest: string): Route {
  const flag = /\s--spec\s+(.+)$/i.exec(rest);
  if (flag?.[1]) return { op: 'fit', profile: rest.slice(0, flag.index).trim(), spec: flag[1].trim() };
  const forM = /^(.*)\s+(?:for|against)\s+(?:the\s+)?([^,;]+?)\s*\??$/is.exec(rest);
  if (forM?.[1] && forM[2] && !/\b(years?|months?|yrs?)\b/i.test(forM[2])) {
    return { op: 'fit', profile: forM[1].trim(), spec: forM[2].trim() };
  }
  return { op: 'fit', profile: rest };
}
