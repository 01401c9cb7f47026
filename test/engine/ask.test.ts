/**
 * A realistic question suite, written from what the five seed specs say: one test per field family,
 * cross-spec lists, "not stated" answers, ambiguity, typos. Every fact must cite the spec's own words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/model/answer.js';
import type { Engine } from '../../src/engine/engine.js';
import { seedEngine } from './helpers.js';

let engine: Engine;
beforeAll(async () => {
  engine = (await seedEngine()).engine;
});

/** Every citation quote must be words the cited spec really contains. */
function expectCitationsVerbatim(a: Answer) {
  for (const c of a.citations) {
    const spec = engine.spec(c.specId)!;
    expect(spec, c.specId).toBeDefined();
    const haystack = [spec.sections.map((s) => `${s.heading} ${s.text}`).join(' '), JSON.stringify(spec)].join(' ').replace(/\s+/g, ' ');
    const quote = c.quote.replace(/…$/, '').replace(/\s+/g, ' ').trim();
    expect(haystack.includes(quote.slice(0, 80)), `quote not in ${c.specId}: ${quote}`).toBe(true);
  }
}

function ask(q: string): Answer {
  const a = engine.handle(q);
  expectCitationsVerbatim(a);
  return a;
}

describe('field questions about one spec', () => {
  it('grade: "what\'s the pay grade for Production Coordinator?" → 14, cited', () => {
    const a = ask("what's the pay grade for Production Coordinator?");
    expect(a.kind).toBe('fact');
    expect(a.specs[0]!.id).toBe('ky-production-coordinator');
    expect(a.facts?.[0]).toMatchObject({ label: 'Grade', value: '14' });
    expect(a.citations[0]!.quote).toContain('14');
  });

  it('pay, hourly: PS II shows $13.581 (not $13,581) and notes the printing slip', () => {
    const a = ask('what is the hourly pay for PS II?');
    expect(a.kind).toBe('fact');
    expect(a.text).toContain('$13.581');
    expect(a.text).not.toContain('$13,581–');
    expect(a.notes?.join(' ')).toMatch(/13,581/);
    expect(a.notes?.join(' ')).toMatch(/MIN–MID/);
  });

  it('pay, annual: converted from the monthly figures on the stated hours basis, source figures shown', () => {
    const a = ask('annual salary of Production Specialist II');
    const text = a.facts!.map((f) => f.value).join(' | ');
    // 2,206.92 × 12 = 26,483
    expect(text).toContain('$26,483');
    expect(text).toContain('$2,206.92');
    expect(text).toMatch(/37\.5 h\/week/);
  });

  it('pay, monthly for Production Coordinator (period not printed: parser reads monthly)', () => {
    const a = ask('monthly salary for the Production Coordinator');
    expect(a.text).toContain('$2,937.2');
  });

  it('pay not stated: Provo IST II → says so plainly, no number', () => {
    const a = ask("what is Provo's salary for IST II?");
    expect(a.kind).toBe('fact');
    expect(a.text).toBe('The Provo City Information Systems Technician II spec does not state a salary.');
    expect(a.facts).toEqual([]);
  });

  it('grade not stated: the task list', () => {
    const a = ask('what grade is the Information Systems Technician II (Specialist) task list?');
    expect(a.kind).toBe('fact');
    expect(a.text).toMatch(/does not state a grade/);
  });

  it('education', () => {
    const a = ask('what education does Production Coordinator require?');
    expect(a.facts?.[0]?.value).toBe("Graduate of a college or university with a bachelor's degree.");
  });

  it('experience', () => {
    const a = ask('how much experience does the Production Coordinator need?');
    expect(a.text).toMatch(/four years of production support experience/);
  });

  it('substitutions', () => {
    const a = ask('what substitutions are allowed for Production Specialist II?');
    expect(a.facts!.length).toBe(3);
    expect(a.text).toMatch(/master's degree in computer science will substitute for the experience requirement/);
  });

  it("driver's licence: Provo requires one", () => {
    const a = ask("does the Provo IST II need a driver's license?");
    expect(a.text).toMatch(/valid, lawful driver's license is required/);
  });

  it('drug screen: PS II may require one', () => {
    const a = ask('is there a drug screen for Production Specialist II?');
    expect(a.text).toMatch(/May be required/);
    expect(a.text).toMatch(/drug screening test/);
  });

  it('background check: Production Coordinator', () => {
    const a = ask('background check for production coordinator?');
    expect(a.text).toMatch(/background check/);
  });

  it('PREA: PS II cites the federal act', () => {
    const a = ask('does PREA apply to Production Specialist II?');
    expect(a.text).toMatch(/Prison Rape Elimination Act/);
  });

  it('probation', () => {
    expect(ask('how long is the probationary period for Production Specialist II?').text).toMatch(/6 months/);
  });

  it('reports-to: partial title + jurisdiction word ("the Provo technician")', () => {
    const a = ask('who does the Provo technician report to?');
    expect(a.specs[0]!.id).toBe('provo-information-systems-technician-ii');
    expect(a.text).toMatch(/Director of Information Systems/);
  });

  it('codes: EEO code of Provo IST II', () => {
    expect(ask('what is the EEO code for Provo IST II?').facts?.[0]).toMatchObject({ value: 'TE' });
  });

  it('codes: a code the spec lacks → says so and shows the codes it has', () => {
    const a = ask('what is the class code of PS II?');
    expect(a.text).toMatch(/does not state a class code/);
    expect(a.text).toMatch(/20001499/);
  });

  it('FLSA', () => {
    expect(ask('what is the FLSA status of the Provo Information Systems Technician II?').text).toMatch(/Non-Exempt/);
  });

  it('dates: revision date and an old-spec note', () => {
    const a = ask('when was Production Coordinator last revised?');
    expect(a.text).toMatch(/2006-02-24/);
    expect(a.notes?.join(' ')).toMatch(/20 years ago/);
  });

  it('duties (task list has 27 tasks)', () => {
    const a = ask('what are the duties of the Specialist task list?');
    expect(a.facts!.length).toBeGreaterThan(5);
    expect(a.notes?.join(' ')).toMatch(/15 more duties/);
  });

  it('tools, physical demands, working conditions', () => {
    expect(ask('what tools does the Provo IST II use?').text).toMatch(/Telephone, personal computers/);
    expect(ask('physical demands of Provo IST II').text).toMatch(/40 pounds/);
    expect(ask('working conditions for Production Coordinator').text).toMatch(/office setting/);
  });

  it('series and levels: the help desk series', () => {
    const a = ask('what series is the I.T. Help Desk Coordinator in?');
    expect(a.text).toMatch(/Coordinator\/Senior/);
  });

  it('selection method', () => {
    expect(ask('selection method for Production Coordinator').text).toMatch(/100% QUAL/);
  });

  it('KSA', () => {
    expect(ask('what knowledge does the help desk coordinator need?').text).toMatch(/customer service/);
  });
});

describe('spec resolution', () => {
  it('typos within the edit-distance bound still resolve', () => {
    const a = ask('Producton Specialst II grade');
    expect(a.kind).toBe('fact');
    expect(a.facts?.[0]?.value).toBe('11');
  });

  it('typos in the field word too ("salery", "expereince")', () => {
    expect(ask('salery of PS II').title).toBe('Production Specialist II — pay');
    expect(ask("what's the expereince needed for Production Coordinator").text).toMatch(/four years/);
  });

  it('abbreviations: "I.T. Help Desk" and "IST II" with a jurisdiction', () => {
    expect(ask('FLSA status of the I.T. Help Desk').specs[0]!.id).toBe('it-help-desk-coordinator');
    expect(ask('Provo IST II job code').facts?.[0]?.value).toBe('1401');
  });

  it('ambiguity: "Information Systems Technician II" → clarification offering both', () => {
    const a = ask('Information Systems Technician II salary');
    expect(a.kind).toBe('clarification');
    expect(a.choices!.map((c) => c.id).sort()).toEqual(['information-systems-technician-ii-specialist', 'provo-information-systems-technician-ii']);
    // each choice re-runs the question on that spec
    const pick = a.followUps.find((f) => f.action.op === 'ask' && f.action.specId === 'provo-information-systems-technician-ii')!;
    expect(engine.run(pick.action).text).toMatch(/does not state a salary/);
  });

  it('jurisdiction word disambiguates', () => {
    expect(ask('Information Systems Technician II in Provo: job code').facts?.[0]?.value).toBe('1401');
  });
});

describe('a title alone, or a jurisdiction', () => {
  it('"PS II" alone shows the spec', () => {
    const a = ask('PS II');
    expect(a.kind).toBe('spec');
    expect(a.specs[0]!.id).toBe('ky-production-specialist-ii');
  });

  it('"which jobs are in Kentucky?" lists that jurisdiction', () => {
    const a = ask('which jobs are in Kentucky?');
    expect(a.kind).toBe('list');
    expect(a.items!.map((i) => i.spec.id).sort()).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii']);
  });
});

describe('questions across specs', () => {
  it("which classes require a bachelor's degree? → the two Kentucky classes, with evidence", () => {
    const a = ask("which classes require a bachelor's degree?");
    expect(a.kind).toBe('list');
    expect(a.items!.map((i) => i.spec.id).sort()).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii']);
    expect(a.items![0]!.detail).toMatch(/bachelor's degree/);
    expect(a.items![0]!.citations?.length).toBe(1);
  });

  it("which classes need a driver's license? → Provo (required) and PS II (may be required)", () => {
    const a = ask("which classes need a driver's license?");
    const ids = a.items!.map((i) => i.spec.id).sort();
    expect(ids).toEqual(['ky-production-specialist-ii', 'provo-information-systems-technician-ii']);
    expect(a.items!.find((i) => i.spec.id === 'ky-production-specialist-ii')!.detail).toMatch(/May be required/);
  });

  it('which specs mention password resets? → the help desk coordinator, quoted', () => {
    const a = ask('which specs mention password resets?');
    expect(a.kind).toBe('list');
    expect(a.items!.map((i) => i.spec.id)).toEqual(['it-help-desk-coordinator']);
    expect(a.items![0]!.detail).toMatch(/Resets passwords/);
  });

  it("which specs accept a master's instead of experience? → the two Kentucky classes", () => {
    const a = ask("which specs accept a master's degree instead of experience?");
    expect(a.items!.map((i) => i.spec.id).sort()).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii']);
  });

  it('which classes are older than 10 years? → by revision date relative to today', () => {
    const a = ask('which classes are older than 10 years?');
    expect(a.items!.map((i) => i.spec.id).sort()).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii', 'provo-information-systems-technician-ii']);
    expect(a.notes!.join(' ')).toMatch(/2 specs state no date/);
  });

  it('list all specs', () => {
    expect(ask('list all specs').items!.length).toBe(5);
  });

  it('which classes require a drug screen?', () => {
    const a = ask('which classes require a drug screen?');
    expect(a.items!.map((i) => i.spec.id).sort()).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii']);
  });
});

describe('routing and bad input', () => {
  it('help, empty, nonsense, markup, non-English, very long', () => {
    expect(engine.handle('help').kind).toBe('help');
    expect(engine.handle('').kind).toBe('help');
    expect(['not-found', 'search']).toContain(engine.handle('qwzx vvbn').kind);
    expect(engine.handle('<b>grade</b> of <i>Production Coordinator</i>').facts?.[0]?.value).toBe('14');
    expect(engine.handle('<@U123> <!channel> grade of Production Coordinator').facts?.[0]?.value).toBe('14');
    expect(engine.handle('¿Cuál es el salario del coordinador de producción?').kind).toBeDefined();
    const long = engine.handle(`grade of Production Coordinator ${'very '.repeat(2000)}`);
    expect(long.notes?.join(' ')).toMatch(/first 2,000 characters/);
  });

  it('"show me the pay for…" and "check the grade of…" are questions; "check <profile>" is a fit', () => {
    expect(engine.handle('show me the pay for PS II').kind).toBe('fact');
    expect(engine.handle('check the grade of PS II').facts?.[0]?.value).toBe('11');
    expect(engine.handle('check BS in CS, 2 years help desk for Provo IST II').kind).toBe('fit');
  });

  it('search command', () => {
    const a = engine.handle('search job control language');
    expect(a.kind).toBe('search');
    expect(a.items![0]!.spec.id).toBe('ky-production-specialist-ii');
  });

  it('show command gives a summary card with cited facts', () => {
    const a = engine.handle('show Production Coordinator');
    expect(a.kind).toBe('spec');
    expect(a.facts!.some((f) => f.label === 'Grade' && f.value === '14')).toBe(true);
    expectCitationsVerbatim(a);
  });

  it('run() follows every follow-up of an answer without throwing', () => {
    for (const q of ['show Production Specialist II', 'similar Provo IST II', "which classes need a driver's license?", 'help']) {
      for (const f of engine.handle(q).followUps) expect(engine.run(f.action).kind).toBeDefined();
    }
  });
});

describe('HR review: pay conversions never guess', () => {
  it('"annual salary of the production specialist 2": annual at each stated monthly basis, no assumed hours, no duplicate', () => {
    const a = ask('annual salary of the production specialist 2');
    expect(a.specs[0]!.id).toBe('ky-production-specialist-ii');
    expect(a.text).toMatch(/states no annual figure/);
    expect(a.text).toContain('$26,483–$35,081 a year at 37.5 h/week (from $2,206.92–$2,923.38 a month)');
    expect(a.text).toContain('$28,248–$37,419 a year at 40 h/week (from $2,354.04–$3,118.28 a month)');
    expect(a.facts).toHaveLength(2);
    expect(JSON.stringify(a)).not.toMatch(/assumed/);
    // The hourly range has no stated hours basis: it is not converted, and the corrected reading stays.
    expect(a.notes!.join(' ')).toMatch(/\$13\.581–\$17\.990 an hour \(min–mid\), states no hours basis/);
    expect(a.notes!.join(' ')).toMatch(/printed as "\$13,581-\$17,990"/);
  });

  it('"hourly pay for production coordinator": states only monthly pay, quoted; no hourly rate or hours basis; no number invented', () => {
    const a = ask('hourly pay for production coordinator');
    expect(a.text).toBe('The Commonwealth of Kentucky Production Coordinator spec states only monthly pay ($2,937.20–$3,890.90 a month (min–mid)). It does not state an hourly rate or an hours basis to convert on.');
    expect(a.facts!.map((f) => f.label)).toEqual(['Monthly']);
    expect(a.citations[0]!.quote).toContain('$2937.20 - $3890.90');
    expect(JSON.stringify(a)).not.toMatch(/\$16\.9|\$22\.4|assumed/);
  });

  it('a range keeps one precision: $13.581–$17.990 (source has three decimals)', () => {
    const a = ask("what's the pay for PS II");
    expect(a.facts![0]!.value).toBe('$13.581–$17.990 an hour (min–mid)');
    expect(a.text).not.toMatch(/\$17\.99\b(?!0)/);
  });

  it('annual for Production Coordinator: monthly × 12 needs no hours basis', () => {
    const a = ask('annual salary of production coordinator');
    expect(a.text).toContain('$35,246–$46,691 a year (from $2,937.20–$3,890.90 a month)');
  });
});

describe('HR review: a field answer never cites an unrelated section', () => {
  it('"who does the help desk coordinator report to": not stated, plainly; supervision received as a labelled, cited related fact', () => {
    const a = ask('who does the help desk coordinator report to');
    expect(a.specs[0]!.id).toBe('it-help-desk-coordinator');
    expect(a.text).toMatch(/^The I\.T\. Help Desk Coordinator spec does not state whom positions report to\./);
    expect(a.text).toContain('Under close to general supervision');
    expect(a.facts!.map((f) => f.label)).toEqual(['Related — supervision received']);
    expect(a.citations.map((c) => c.section)).toEqual(['DESCRIPTION']);
    expect(JSON.stringify(a)).not.toMatch(/SPECIAL NOTES|Fair Labor/);
  });

  it('reports-to not stated and no supervision level: just says so (PS II)', () => {
    const a = ask('who does PS II report to?');
    expect(a.text).toBe('The Commonwealth of Kentucky Production Specialist II spec does not state whom positions report to.');
    expect(a.citations).toEqual([]);
  });

  it('a stated reporting line is still the answer (Production Coordinator: VARIES)', () => {
    const a = ask('who does the production coordinator report to');
    expect(a.facts![0]).toMatchObject({ label: 'Reports to', value: 'Varies' });
    expect(a.citations[0]!.section).toBe('POSITIONS IN THIS CLASS GENERALLY REPORT TO');
  });

  it('an absent code is named properly ("an EEO code"), with the codes the spec does state', () => {
    const a = ask('eeo code of production coordinator');
    expect(a.text).toMatch(/does not state an EEO code\. It states: TITLE CODE: 7307/);
  });
});

describe('HR review: a short subject names the spec(s) whose titles contain it', () => {
  it('"what does the specialist do" is a duties question; "the specialist" is ambiguous → clarification with both', () => {
    const a = ask('what does the specialist do');
    expect(a.kind).toBe('clarification');
    expect(a.choices!.map((c) => c.id).sort()).toEqual(['information-systems-technician-ii-specialist', 'ky-production-specialist-ii']);
    // Picking one answers the duties of that spec only.
    const picked = engine.run(a.followUps.find((f) => f.action.op === 'ask' && f.action.specId === 'ky-production-specialist-ii')!.action);
    expect(picked.kind).toBe('fact');
    expect(picked.title).toBe('Production Specialist II — duties');
    expect(picked.specs.map((s) => s.id)).toEqual(['ky-production-specialist-ii']);
  });

  it('"what are the specialist\'s duties" → the same clarification', () => {
    expect(ask("what are the specialist's duties").kind).toBe('clarification');
  });

  it('"what does the production specialist do" → that spec\'s duties, not every spec\'s', () => {
    const a = ask('what does the production specialist do');
    expect(a.kind).toBe('fact');
    expect(a.specs.map((s) => s.id)).toEqual(['ky-production-specialist-ii']);
    expect(a.facts![0]!.value).toMatch(/^Assigns work of other production support staff/);
  });

  it('"what levels are in the help desk series" → the help desk spec\'s series levels, quoted', () => {
    const a = ask('what levels are in the help desk series');
    expect(a.kind).toBe('fact');
    expect(a.specs.map((s) => s.id)).toEqual(['it-help-desk-coordinator']);
    expect(a.facts!.find((f) => f.label === 'Levels')!.value).toBe('Coordinator, Coordinator/Senior, Supervisor');
    expect(a.citations[0]!.quote).toBe('This is the first of three levels of the Information Technology (I.T.) Help Desk series: Coordinator, Coordinator/Senior and Supervisor.');
  });

  it('a field question with no subject at all is still a list across specs', () => {
    expect(ask('what is the pay grade').kind).toBe('list');
  });
});

describe('HR review: a place alone asks for its specs', () => {
  it.each([
    ['kentucky classes', ['ky-production-coordinator', 'ky-production-specialist-ii']],
    ['list the Provo specs', ['provo-information-systems-technician-ii']],
    ['what specs do you have for the state', ['it-help-desk-coordinator']],
    ['KY jobs', ['ky-production-coordinator', 'ky-production-specialist-ii']],
  ])('%s → the specs of that jurisdiction, each citing where it names it', (q, ids) => {
    const a = ask(q);
    expect(a.kind).toBe('list');
    expect(a.title).toMatch(/^Specs of /);
    expect(a.items!.map((i) => i.spec.id).sort()).toEqual(ids);
    expect(a.items!.every((i) => i.detail && i.citations?.length === 1)).toBe(true);
  });

  it('"the state" says how it was read', () => {
    expect(ask('what specs do you have for the state').notes!.join(' ')).toMatch(/Commonwealth of Kentucky ask by name/);
  });

  it('a place with one spec plus a field names that spec ("provo pay" → not stated)', () => {
    const a = ask('provo pay');
    expect(a.kind).toBe('fact');
    expect(a.text).toBe('The Provo City Information Systems Technician II spec does not state a salary.');
  });
});

describe('HR review sweep: field answers', () => {
  it('task list reports-to: not stated; "under the direction of the IT supervisor" only as a labelled related fact', () => {
    const a = ask('who does the task list report to');
    expect(a.text).toMatch(/^The Information Systems Technician II \(Specialist\) spec does not state whom positions report to\./);
    expect(a.facts!.map((f) => f.label)).toEqual(['Related — supervision received']);
    expect(a.facts![0]!.value).toMatch(/direction of the IT supervisor/i);
  });

  it('a title with extra words that only one spec answers to is not ambiguous ("IST II specialist task list")', () => {
    const a = ask('how many tasks are on the IST II specialist task list');
    expect(a.kind).toBe('fact');
    expect(a.specs[0]!.id).toBe('information-systems-technician-ii-specialist');
    expect(a.text).toMatch(/lists 27 essential tasks/);
  });

  it('"IST II" alone is still ambiguous between the two', () => {
    expect(ask('what is the grade of IST II').kind).toBe('clarification');
  });

  it('Provo MQs: the equivalent-combination clause is shown once', () => {
    const a = ask('what are the minimum qualifications for the Provo IST II');
    const values = a.facts!.map((f) => f.value);
    expect(new Set(values).size).toBe(values.length);
    expect(values.join(' ')).toMatch(/six months of experience/);
  });

  it.each([
    ['does the production coordinator require a drug test', /may be required to submit to a drug screening test/],
    ["does the help desk coordinator need a driver's license", /^The I\.T\. Help Desk Coordinator spec does not state a driver's license requirement\.$/],
    ['is a background check required for the Provo technician', /Provo City Information Systems Technician II spec does not state a background check/],
    ['what is the probation period for production coordinator', /Production Coordinator spec does not state a probationary period/],
    ['how long is probation for the production specialist II', /6 months/],
    ['is the Provo IST II exempt or non-exempt', /Non-Exempt/],
    ['how much experience does the production coordinator need', /four years of production support experience/],
    ["can a master's degree replace experience for production coordinator", /master's degree in computer science will substitute for one year/],
    ['what are the physical demands of the Provo technician', /lifting up to 40 pounds/],
    ['what tools does the Provo IST II use', /electronic diagnostic devices/],
    ['what are the working conditions for production specialist II', /office setting/],
    ['when was the production coordinator last revised', /2006-02-24/],
    ["what's the selection method for production coordinator", /100% QUAL/],
    ['what skills does the Provo technician need', /identifying and resolving technical issues/],
    ["what is the EEO code for the Provo IST II", /EEO Code: TE/],
    ['what is the civil service status of Provo IST II', /Covered \(Unclassified\)/],
    ["what's the job code for PS II", /73040V000101/],
  ])('%s', (q, re) => {
    const a = ask(q);
    expect(a.kind).toBe('fact');
    expect(a.text).toMatch(re);
  });

  it.each([
    ['which classes require PREA compliance', ['ky-production-specialist-ii']],
    ["which classes require a bachelor's degree", ['ky-production-coordinator', 'ky-production-specialist-ii']],
    ['which specs mention password resets', ['it-help-desk-coordinator']],
  ])('%s', (q, ids) => {
    const a = ask(q);
    expect(a.kind).toBe('list');
    expect(a.items!.map((i) => i.spec.id).sort()).toEqual(ids);
  });
});

describe('HR review sweep: pay range ends and FLSA lists', () => {
  it('midpoint: the stated MID figure, cited', () => {
    const a = ask('what is the midpoint salary for production coordinator');
    expect(a.facts).toHaveLength(1);
    expect(a.facts![0]!.value).toMatch(/^\$3,890\.90 a month/);
  });

  it('maximum: Kentucky prints MIN–MID, so the maximum is not stated — said plainly, stated ranges quoted', () => {
    const a = ask('what is the maximum salary for production specialist II');
    expect(a.text).toMatch(/does not state a maximum salary; its ranges are printed as minimum–midpoint/);
    expect(a.facts!.every((f) => !/equivalent/i.test(f.label))).toBe(true);
    expect(a.text).not.toMatch(/\$3,118\.28 a month maximum/);
  });

  it('starting salary: the range minimum, labelled as such', () => {
    const a = ask("what's the starting salary for the production coordinator");
    expect(a.facts![0]!.value).toMatch(/^\$2,937\.20 a month/);
    expect(a.notes!.join(' ')).toMatch(/no starting salary as such/);
  });

  it('"which classes are FLSA exempt" does not list a Non-Exempt class; "non-exempt" does', () => {
    expect(ask('which classes are FLSA exempt').items).toEqual([]);
    expect(ask('which classes are non-exempt').items!.map((i) => i.spec.id)).toEqual(['provo-information-systems-technician-ii']);
  });
});

describe('HR review sweep: wording', () => {
  it('"IST II specialist" names the task list (its parenthetical), not both IST IIs', () => {
    const a = ask('what are the essential functions of the IST II specialist');
    expect(a.kind).toBe('fact');
    expect(a.specs[0]!.id).toBe('information-systems-technician-ii-specialist');
  });

  it('word families are not "corrected" into another field word', () => {
    // "environmental" is not a typo of "environment"; "supervises" is not a typo of "supervisor".
    expect(ask('what are the environmental factors for the provo job').title).toBe('Information Systems Technician II — working conditions');
    expect(ask('who supervises the production specialist').title).toBe('Production Specialist II — reports to');
    // Real typos still are.
    expect(ask('experiance needed for PS II').facts![0]!.value).toBe('Must have one year of production support experience.');
  });
});

describe('HR review sweep: commands and pay bases', () => {
  it('"similar specialist" asks which specialist instead of finding nothing', () => {
    const a = engine.handle('similar specialist');
    expect(a.kind).toBe('clarification');
    expect(a.choices).toHaveLength(2);
    expect(a.followUps.every((f) => f.action.op === 'similar')).toBe(true);
  });

  it('"per month at 40 hours": the monthly range on the 40 h basis only', () => {
    const a = ask("what's the pay for PS II per month at 40 hours");
    expect(a.facts!.map((f) => f.label)).toEqual(['Monthly (40 h/week)']);
  });

  it('fit: what is missing reads as alternatives, the master\'s says what it substitutes for', () => {
    const a = ask('does someone with a BS in computer science and no experience qualify for PS II');
    expect(a.text).toMatch(/Missing: 1 more year of production support experience; or a master's degree in computer science \(substitutes for the experience requirement\)/);
  });
});

describe('HR review sweep: supervision exercised vs received', () => {
  it('"does PS II supervise" → the spec\'s own supervisory sentences, not its reporting line', () => {
    const a = ask('does PS II supervise');
    expect(a.title).toBe('Production Specialist II — supervision exercised');
    expect(a.facts!.map((f) => f.value)).toContain('Supervises, or acts as supervisor in absence of supervisor.');
  });

  it('the task list: "Provides guidance and direction to subordinate staff"', () => {
    expect(ask('does the task list supervise anyone').text).toMatch(/guidance and direction to subordinate staff/);
  });

  it('no supervisory sentence → not stated (help desk coordinator)', () => {
    expect(ask('is the help desk coordinator a supervisory position').text).toBe('The I.T. Help Desk Coordinator spec does not state supervisory duties.');
  });

  it('"who does X report to" stays a reporting-line question', () => {
    expect(ask('who does the production coordinator report to').facts![0]!.value).toBe('Varies');
  });
});

describe('HR review sweep: cross-spec lists', () => {
  it('"which classes require production support experience" → only the classes whose experience is production support', () => {
    expect(ask('which classes require production support experience').items!.map((i) => i.spec.id).sort()).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii']);
  });

  it('"which specs have no minimum qualifications" → the task list, not the four that have them', () => {
    const a = ask('which specs have no minimum qualifications');
    expect(a.title).toBe('Specs that do not state minimum qualifications');
    expect(a.items!.map((i) => i.spec.id)).toEqual(['information-systems-technician-ii-specialist']);
  });

  it('"an associate\'s degree" (article)', () => {
    expect(ask("which classes require an associate's degree").text).toMatch(/states an associate's degree/);
  });

  it('"which jobs pay the most" ranks the specs with stated pay, normalised to a year, midpoint labelled, the rest said', () => {
    const a = ask('which jobs pay the most');
    expect(a.items!.map((i) => i.spec.id)).toEqual(['ky-production-coordinator', 'ky-production-specialist-ii']);
    expect(a.items![0]!.detail).toMatch(/\$46,691 a year \(upper figure is the midpoint; from \$2,937\.20–\$3,890\.90 a month/);
    expect(a.notes!.join(' ')).toMatch(/3 specs state no pay/);
    expect(ask('what is the highest paid class').title).toBe('Specs by pay (highest first)');
    expect(ask('which class has the lowest salary').items![0]!.spec.id).toBe('ky-production-specialist-ii');
  });
});

describe('HR review sweep: headings, named-spec searches, abbreviations', () => {
  it('"special entrance rate" is the pay section of that name, not special requirements', () => {
    const a = ask('is there a special entrance rate for PS II');
    expect(a.title).toBe('Production Specialist II — special entrance rate');
    expect(a.facts![0]!.value).toBe('NONE');
  });

  it('a heading the question names is answered from that section ("primary user agency")', () => {
    expect(ask('what is the primary user agency for production coordinator').text).toMatch(/PRIMARY USER AGENCY: ALL AGENCIES MAY USE THIS CLASS/);
  });

  it('a named spec is searched for what is asked, not for its own title', () => {
    const a = ask('is the help desk job remote');
    expect(a.kind).toBe('search');
    expect(a.items!.map((i) => i.detail)).toContain('End-user services are usually provided by remote means.');
    const ipl = ask('what does IPL mean in the production specialist spec');
    expect(ipl.items![0]!.detail).toMatch(/Initial Program Loads/);
  });

  it('a list by abbreviation quotes the sentence with the long form ("JCL" → job control language)', () => {
    expect(ask('which specs mention JCL').items![0]!.detail).toBe('Revises job control language as necessary.');
  });

  it('"typical" does not narrow a working-conditions list to nothing', () => {
    expect(ask('what are the typical working conditions').items!.length).toBe(3);
  });
});

describe('HR review sweep: chat spellings', () => {
  it('"PS2 grade" → Production Specialist II, grade 11', () => {
    const a = ask('PS2 grade');
    expect(a.specs[0]!.id).toBe('ky-production-specialist-ii');
    expect(a.facts![0]!.value).toBe('11');
  });
});
