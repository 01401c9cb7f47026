/** The Orama indexes over the five seeds: sections, synonyms, typos, boosts, restriction, snippets, titles. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus, type SearchHit } from '../../src/corpus.js';
import { tokenize } from '../../src/index/tokenizer.js';
import { SEEDS } from '../ingest/helpers.js';

let corpus: Corpus;
const top = (terms: string, opts = {}) => corpus.search(terms, opts)[0]!;
const marked = (hit: SearchHit) => hit.snippet.matches.map(([s, e]) => hit.snippet.text.slice(s, e).toLowerCase());

beforeAll(async () => {
  corpus = await loadCorpus(SEEDS);
});

describe('section search', () => {
  it('finds the section that says it, with the matched words located in the snippet', () => {
    const hit = top('password resets');
    expect(hit).toMatchObject({ specId: 'it-help-desk-coordinator', section: 'Technical Duties', title: 'I.T. Help Desk Coordinator', jurisdiction: null });
    expect(marked(hit)).toEqual(['resets', 'passwords']);
    expect(hit.snippet.text).toContain('Resets passwords; applies security procedures');
  });

  it('still finds it through a typo (bounded tolerance)', () => {
    expect(top('pasword resets')).toMatchObject({ specId: 'it-help-desk-coordinator', section: 'Technical Duties' });
    const hits = corpus.search('trubleshoots', { limit: 5 });
    expect(hits.map((h) => `${h.specId} ${h.section}`)).toContain('provo-information-systems-technician-ii ESSENTIAL DUTIES');
    expect(hits.every((h) => marked(h).some((w) => w.startsWith('troubleshoot')))).toBe(true);
    expect(corpus.search('trubleshoots', { tolerance: 0 })).toEqual([]);
  });

  it('stems: "troubleshooting" finds "troubleshoots"', () => {
    const hits = corpus.search('troubleshooting', { limit: 20 });
    expect(hits.map((h) => h.specId)).toContain('provo-information-systems-technician-ii');
  });

  it('"IT" finds the I.T. Help Desk spec and marks I.T. / Information Technology', () => {
    const hit = top('IT');
    expect(hit.specId).toBe('it-help-desk-coordinator');
    expect(marked(hit).some((word) => word === 'i.t.' || word === 'information technology')).toBe(true);
    expect(top('it help desk').specId).toBe('it-help-desk-coordinator');
  });

  it('knows the field\'s abbreviations and synonyms', () => {
    expect(top('JCL')).toMatchObject({ specId: 'ky-production-specialist-ii', section: 'EXAMPLES OF DUTIES OR RESPONSIBILITIES OF THE JOB CLASSIFICATION' });
    expect(marked(top('JCL'))).toEqual(['job control language']);
    expect(corpus.search('job control language').map((h) => h.section)).toEqual(['EXAMPLES OF DUTIES OR RESPONSIBILITIES OF THE JOB CLASSIFICATION']);
    const ipl = corpus.search('IPL', { limit: 10 }).map((h) => h.specId);
    expect(ipl).toEqual(expect.arrayContaining(['ky-production-specialist-ii', 'it-help-desk-coordinator']));
    expect(top('service desk').specId).toBe('it-help-desk-coordinator');
    expect(top('AAS degree')).toMatchObject({ specId: 'provo-information-systems-technician-ii', section: 'MINIMUM REQUIREMENTS' });
    expect(top('BS')).toMatchObject({ section: 'EDUCATION' });
    expect(marked(top('BS'))).toEqual(["bachelor's degree"]);
    expect(corpus.search('MS', { limit: 5 }).map((h) => h.section)).toContain('Substitute EDUCATION for EXPERIENCE');
    expect(top('information systems technician').title).toMatch(/^Information Systems Technician II/);
  });

  it('ranks a title match above a heading match above body text', () => {
    const hits = corpus.search('coordinator', { limit: 10 });
    const firstBodyOnly = hits.findIndex((h) => !/coordinator/i.test(h.title) && !/coordinator/i.test(h.section));
    const lastTitle = hits.map((h) => /coordinator/i.test(h.title)).lastIndexOf(true);
    expect(lastTitle).toBeGreaterThanOrEqual(0);
    if (firstBodyOnly >= 0) expect(lastTitle).toBeLessThan(firstBodyOnly);
    // Heading over body: "education" is a heading in Kentucky's specs and body text elsewhere.
    expect(top('education').section).toMatch(/EDUCATION/);
  });

  it('can be restricted to given specs', () => {
    const hits = corpus.search('help desk', { specIds: ['provo-information-systems-technician-ii'], limit: 10 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.specId))).toEqual(new Set(['provo-information-systems-technician-ii']));
    expect(corpus.search('help desk', { specIds: [] })).toEqual([]);
  });

  it('returns nothing for stop words or punctuation only, and respects the limit', () => {
    expect(corpus.search('the of and')).toEqual([]);
    expect(corpus.search('?!')).toEqual([]);
    expect(corpus.search('systems', { limit: 3 })).toHaveLength(3);
  });
});

describe('title search', () => {
  it('resolves titles, abbreviations, typos, codes and jurisdictions', () => {
    expect(corpus.searchTitles('PS II')[0]!.specId).toBe('ky-production-specialist-ii');
    expect(corpus.searchTitles('Prodution Coordinator')[0]!.specId).toBe('ky-production-coordinator');
    expect(corpus.searchTitles('1401')[0]!.specId).toBe('provo-information-systems-technician-ii');
    expect(corpus.searchTitles('IT help desk')[0]!.specId).toBe('it-help-desk-coordinator');
    const ist = corpus.searchTitles('IST II').map((h) => h.specId);
    expect(ist.slice(0, 2).sort()).toEqual(['information-systems-technician-ii-specialist', 'provo-information-systems-technician-ii']);
    expect(corpus.searchTitles('IST II').filter((h) => h.allTerms)).toHaveLength(2);
    expect(corpus.searchTitles('PS II').filter((h) => h.allTerms).map((h) => h.specId)).toEqual(['ky-production-specialist-ii']);
    expect(corpus.searchTitles('Prodution Coordinator')[0]!.allTerms).toBe(false);
    const kentucky = corpus.searchTitles('Kentucky').map((h) => h.specId);
    expect(kentucky.sort()).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii']);
  });
});

describe('tokenizer', () => {
  it('maps every variant of a term to one canonical token', () => {
    const canonical = (text: string) => tokenize(text).filter((t) => t.startsWith('x'));
    expect(canonical('I.T.')).toEqual(['xinfotech']);
    expect(canonical('Information Technology')).toEqual(['xinfotech']);
    expect(canonical("Associate's Degree")).toEqual(['xassociatedeg']);
    expect(canonical('A.A.S.')).toEqual(['xassociatedeg']);
    expect(canonical('initial program load')).toEqual(['xipl']);
    expect(canonical('it was fine')).toEqual([]); // the pronoun is not the acronym
    expect(tokenize('year-for-year')).toEqual(['year']);
  });
});
