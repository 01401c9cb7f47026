import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../adapters/slack/render/index.js';
import { checkSurface, cut, cutPlain, LIMITS } from '../../adapters/slack/render/limits.js';
import { decodeAction, decodeContinuation, encodeContinuation } from '../../adapters/slack/render/values.js';
import type { Answer } from '../../src/model/answer.js';
import * as A from './helpers/answers.js';
import { expectValidSlack, parsedTextsOf, textObjectsOf, textsOf } from './helpers/blockkit.js';

const flat = (payload: unknown) => textsOf(payload).join('\n');

describe('renderSlackMessage', () => {
  it.each(A.allKinds.map((a) => [a.kind, a] as const))('renders a %s answer within Block Kit limits', (_kind, answer) => {
    const msg = renderSlackMessage(answer);
    expectValidSlack(msg);
    expect(msg.blocks[0]).toMatchObject({ type: 'header' });
    expect(msg.text.length).toBeGreaterThan(0);
  });

  it('fact: short answer, a field per fact, the quote and a citation context line', () => {
    const msg = renderSlackMessage(A.fact);
    const text = flat(msg);
    expect(text).toContain('Production Coordinator is grade 14.');
    expect(msg.blocks).toContainEqual(expect.objectContaining({ type: 'section', fields: [expect.objectContaining({ text: '*Grade*\n14' })] }));
    expect(text).toContain('>Grade: 14');
    expect(text).toMatch(/_Production Coordinator_ · Grade · rev\. 2019-05-16/);
  });

  it('follow-ups become buttons carrying the serialised Action', () => {
    const msg = renderSlackMessage(A.fact);
    const buttons = msg.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.map((b) => decodeAction((b as { value?: string }).value))).toEqual(A.fact.followUps.map((f) => f.action));
  });

  it('comparison: one section per attribute with the specs side by side', () => {
    const msg = renderSlackMessage(A.comparison);
    const grade = msg.blocks.find((b) => b.type === 'section' && b.text?.text === '*Grade*');
    expect(grade).toMatchObject({ fields: [{ text: '*Production Specialist II*\n11' }, { text: '*Production Coordinator*\n14' }] });
    expect(flat(msg)).toContain('_not stated_');
    expect(flat(msg)).toContain('*Shared duties*');
    expect(flat(msg)).toContain('*Only in Production Coordinator*');
  });

  it('similar: ranked, with reasons', () => {
    const text = flat(renderSlackMessage(A.similar));
    expect(text.indexOf('1. I.T. Help Desk Coordinator')).toBeLessThan(text.indexOf('2. Production Specialist II'));
    expect(text).toContain('• Shared duties: password resets');
  });

  it('fit: a verdict per spec, what is missing, the interpretation marked', () => {
    const text = flat(renderSlackMessage(A.fit));
    expect(text).toContain(':white_check_mark: Meets');
    expect(text).toContain(':x: Does not meet');
    expect(text).toContain('*Missing:* 2 more years of production support experience; or a bachelor’s degree');
    expect(text).toContain('Interpretation');
  });

  it('clarification: choices as buttons (few) or one static select (many)', () => {
    const few = renderSlackMessage(A.clarification);
    const buttons = few.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(buttons.map((b) => decodeAction((b as { value?: string }).value))).toContainEqual({ op: 'ask', question: 'grade of IST II', specId: A.IST.id });
    const many: Answer = {
      ...A.clarification,
      choices: Array.from({ length: 130 }, (_, i) => ({ id: `s-${i}`, title: `Title ${i} ${'x'.repeat(100)}`, jurisdiction: 'J' })),
    };
    const msg = renderSlackMessage(many);
    expectValidSlack(msg);
    const select = msg.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.type === 'static_select');
    expect(select).toBeDefined();
  });

  it('sends plain_text raw (headers, buttons, options): Slack never parses it, so "&amp;" would show as typed', () => {
    const odd = 'R&D <Ops> & "Lead" <!here>';
    const answer: Answer = {
      ...A.clarification,
      title: odd,
      text: `Which ${odd}?`,
      choices: Array.from({ length: 6 }, (_, i) => ({ id: `s-${i}`, title: `${odd} ${i}`, jurisdiction: 'A & B' })),
      followUps: [{ label: `Compare with ${odd}`, action: { op: 'search', terms: odd } }],
    };
    const msg = renderSlackMessage(answer);
    expectValidSlack(msg);
    const header = msg.blocks[0] as { type: string; text: { type: string; text: string } };
    expect(header).toMatchObject({ type: 'header', text: { type: 'plain_text', text: odd } });
    const plainTexts = textObjectsOf(msg, 'plain_text');
    expect(plainTexts).toContain(`Compare with ${odd}`);
    expect(plainTexts.some((t) => t.startsWith(`${odd} 0`))).toBe(true);
    expect(plainTexts.filter((t) => /&(amp|lt|gt);/.test(t))).toEqual([]);
    // The parsed texts (mrkdwn, notification text) stay escaped.
    expect(parsedTextsOf(msg).join('\n')).toContain('Which R&amp;D &lt;Ops&gt; &amp; "Lead" &lt;!here&gt;?');
    expect(msg.text).not.toContain('<');
  });

  it('cuts plain_text so even its escaped form fits the limit, never splitting a surrogate pair', () => {
    expect(cutPlain('a&b', 10)).toBe('a&b');
    expect(cutPlain('&'.repeat(200), LIMITS.headerText)).toBe(`${'&'.repeat(29)}…`); // 29 × "&amp;" + "…" = 146 ≤ 150
    expect(cutPlain(`${'x'.repeat(73)}😀😀`, 75)).toBe(`${'x'.repeat(73)}…`);
    expect(cutPlain('abc', 3)).toBe('abc');
  });

  it('escapes hostile text everywhere: no mention, broadcast or link can be injected', () => {
    const msg = renderSlackMessage(A.notFound);
    expectValidSlack(msg);
    const text = flat(msg);
    expect(text).toContain('&lt;!channel&gt; &lt;@U123&gt; &lt;http://evil.example|click me&gt; &amp; more');
    expect(text).toContain('&lt;!here&gt;');
    expect(msg.text).not.toContain('<');
  });

  it('cuts long content to the limits and pages the rest behind "See the rest"', () => {
    const duties = Array.from({ length: 400 }, (_, i) => `Duty ${i} ${'lorem ipsum '.repeat(30)}`);
    const huge: Answer = {
      ...A.comparison,
      title: 'T'.repeat(400),
      text: 'x'.repeat(9000),
      comparison: { ...A.comparison.comparison!, distinctDuties: [duties, duties] },
      followUps: Array.from({ length: 30 }, (_, i) => ({ label: `Button ${i} ${'y'.repeat(100)}`, action: { op: 'help' as const } })),
    };
    const cont = (page: number) => encodeContinuation({ src: { t: 'compare a vs b' }, page });
    const first = renderSlackMessage(huge, { continuation: cont });
    expectValidSlack(first);
    const more = first.blocks.at(-1);
    expect(more).toMatchObject({ type: 'actions', elements: [{ action_id: 'classbot_more' }] });
    const value = decodeContinuation((more as { elements: { value: string }[] }).elements[0]!.value);
    expect(value).toEqual({ src: { t: 'compare a vs b' }, page: 1 });
    // Walk every page: each valid, and together they carry every duty.
    let page = 0;
    let all = '';
    for (;;) {
      const msg = renderSlackMessage(huge, { continuation: cont, page });
      expectValidSlack(msg);
      all += flat(msg);
      if (msg.blocks.at(-1)?.type !== 'actions' || page > 60) break;
      page += 1;
    }
    expect(page).toBeGreaterThan(1);
    for (const i of [0, 199, 399]) expect(all).toContain(`Duty ${i} `);
  });

  it('without a continuation, a cut message says so instead of a button', () => {
    const msg = renderSlackMessage({ ...A.help, items: Array.from({ length: 80 }, (_, i) => ({ spec: A.PS2, detail: `row ${i}` })) });
    expectValidSlack(msg);
    expect(flat(msg)).toContain('Cut to fit Slack');
  });

  it('property: any answer, however long or hostile, renders valid and escaped', () => {
    const str = fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '!', '@', '|', '\n', 'é', '😀', '*', 'x'), maxLength: 4000 });
    const ref = fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9-]{0,40}$/), title: str, jurisdiction: fc.option(str, { nil: null }) });
    const citation = fc.record({ specId: fc.string(), specTitle: str, section: str, quote: str });
    const answer = fc.record({
      kind: fc.constantFrom('fact', 'list', 'spec', 'comparison', 'similar', 'fit', 'search', 'clarification', 'help', 'not-found'),
      title: str,
      text: str,
      specs: fc.array(ref, { maxLength: 3 }),
      citations: fc.array(citation, { maxLength: 15 }),
      facts: fc.array(fc.record({ label: str, value: str }), { maxLength: 25 }),
      items: fc.array(fc.record({ spec: ref, detail: str, reasons: fc.array(str, { maxLength: 3 }) }), { maxLength: 30 }),
      choices: fc.array(ref, { maxLength: 120 }),
      followUps: fc.array(fc.record({ label: str, action: fc.record({ op: fc.constant('search' as const), terms: str }) }), { maxLength: 8 }),
      notes: fc.array(str, { maxLength: 12 }),
    }) as fc.Arbitrary<Answer>;
    fc.assert(
      fc.property(answer, (a) => {
        const msg = renderSlackMessage(a, { continuation: (p) => encodeContinuation({ src: { t: 'q' }, page: p }), share: '{"t":"q"}' });
        expect(checkSurface(msg)).toEqual([]);
        expect(parsedTextsOf(msg).filter((t) => t.includes('<'))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('cut', () => {
  it('never splits an entity or a surrogate pair', () => {
    expect(cut('ab&amp;cd', 5)).toBe('ab…');
    expect(cut('a😀b', 3)).toBe('a…');
    expect(cut('short', LIMITS.headerText)).toBe('short');
  });
});
