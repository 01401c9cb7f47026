import { describe, expect, it } from 'vitest';
import {
  CARD_BYTE_BUDGET,
  byteSize,
  parseCardData,
  profileFromForm,
  renderAnswerCard,
  renderFitFormCard,
  renderSpecPreview,
  renderWelcomeCard,
} from '../../adapters/teams/cards/index.js';
import type { Answer } from '../../src/model/answer.js';
import { PC, PS2, SAMPLE_ANSWERS, answerOf } from './helpers/answers.js';
import { allStrings, parseCard } from './helpers/adaptive.js';

type Card = { version: string; body: Record<string, unknown>[]; actions?: { title: string; data: unknown }[] };

describe('renderAnswerCard', () => {
  it.each(SAMPLE_ANSWERS.map((a) => [a.kind, a] as const))('renders a %s answer as a valid Adaptive Card 1.5', (_kind, answer) => {
    const card = renderAnswerCard(answer) as Card;
    expect(card.version).toBe('1.5');
    expect(parseCard(card).errors).toEqual([]);
    expect(byteSize(card)).toBeLessThan(CARD_BYTE_BUDGET);
    expect(JSON.stringify(card)).toContain(answer.title);
  });

  it('puts a comparison in a Table with one column per spec and the grades side by side', () => {
    const card = renderAnswerCard(SAMPLE_ANSWERS.find((a) => a.kind === 'comparison')!) as Card;
    const table = card.body.find((e) => e.type === 'Table') as { columns: unknown[]; rows: { cells: unknown[] }[] };
    expect(table.columns).toHaveLength(3);
    const gradeRow = table.rows.find((r) => allStrings(r).includes('Grade'))!;
    expect(allStrings(gradeRow)).toEqual(['TableRow', 'TableCell', 'RichTextBlock', 'TextRun', 'Grade', 'bolder', 'TableCell', 'RichTextBlock', 'TextRun', '11 [1]', 'TableCell', 'RichTextBlock', 'TextRun', '14 [1]']);
    expect(JSON.stringify(card)).toContain('not stated');
  });

  it('turns follow-ups into Action.Submit buttons carrying the serialised action', () => {
    const card = renderAnswerCard(SAMPLE_ANSWERS[0]!) as Card;
    expect(card.actions?.map((a) => a.title)).toEqual(['Compare with Production Specialist II', 'Check fit']);
    expect(parseCardData(card.actions?.[0]?.data)).toEqual({ classbot: 'run', action: { op: 'compare', specIds: [PC.id, PS2.id] } });
  });

  it('shows citations in a small subtle footer with spec, section, revision and quote', () => {
    const card = renderAnswerCard(SAMPLE_ANSWERS[0]!) as Card;
    const text = allStrings(card.body).join('\n');
    expect(text).toContain('[1] Production Coordinator, Grade, revised 2011-06-16: “Grade 14”');
  });

  it('neutralises markdown and links in echoed text', () => {
    const evil = '**bold** [click](http://evil.example) _x_ # head www.evil.example';
    const answer = answerOf('not-found', { title: evil, text: evil, facts: [{ label: evil, value: evil }] });
    const card = renderAnswerCard(answer) as Card;
    const strings = allStrings(card.body);
    for (const s of strings.filter((x) => x.includes('click'))) {
      expect(s).not.toContain('http://');
      expect(s).not.toContain('www.evil');
    }
    const fact = (card.body.find((e) => e.type === 'FactSet') as { facts: { title: string; value: string }[] }).facts[0]!;
    expect(fact.value).toContain('\\*\\*bold\\*\\*');
    expect(fact.value).toContain('\\[click\\]');
    expect(fact.value).not.toMatch(/(^|[^\\])\[click/);
    // Everything else is a TextRun: Adaptive Cards never interpret markdown there.
    const textBlocks = JSON.stringify(card).match(/"type":"TextBlock"/g);
    expect(textBlocks).toBeNull();
  });

  it('cuts a huge answer into pages under the size budget, with a working "Show more"', () => {
    const long = Array.from({ length: 400 }, (_, i) => `Duty number ${i} performs a long and detailed task.`).join(' ');
    const answer: Answer = answerOf('spec', {
      text: long,
      facts: Array.from({ length: 60 }, (_, i) => ({ label: `Field ${i}`, value: long.slice(0, 900) })),
      citations: Array.from({ length: 40 }, () => ({ specId: PC.id, specTitle: PC.title, section: 'Duties', quote: long.slice(0, 2000) })),
    });
    const request = { text: 'show Production Coordinator' };
    let page = 1;
    let seen = '';
    for (;;) {
      const card = renderAnswerCard(answer, { request, page }) as Card;
      expect(byteSize(card)).toBeLessThanOrEqual(CARD_BYTE_BUDGET);
      expect(parseCard(card).errors).toEqual([]);
      seen += allStrings(card.body).join(' ');
      const more = card.actions?.find((a) => a.title === 'Show more');
      if (!more) break;
      expect(parseCardData(more.data)).toEqual({ classbot: 'more', request, page: page + 1 });
      page += 1;
      expect(page).toBeLessThan(50);
    }
    expect(page).toBeGreaterThan(2);
    expect(seen).toContain('Field 59');
    expect(seen).toContain('Duty number 399');
  });

  // Regression seed found by test/teams/fuzz.test.ts: six actions on a card (hosts show five).
  it('never puts more than five actions on a card, Show more included', () => {
    const followUps = Array.from({ length: 8 }, (_, i) => ({ label: `Follow-up ${i}`, action: { op: 'help' as const } }));
    const long = answerOf('list', { followUps, items: Array.from({ length: 300 }, (_, i) => ({ spec: { ...PC, id: `s${i}` }, detail: 'x'.repeat(300) })) });
    const card = renderAnswerCard(long, { request: { text: 'q' } }) as Card;
    expect(card.actions).toHaveLength(5);
    expect(card.actions?.at(-1)?.title).toBe('Show more');
    expect(parseCard(card).errors).toEqual([]);
  });

  it('without a request, a huge answer is shortened with a note instead of a button', () => {
    const answer = answerOf('list', {
      items: Array.from({ length: 300 }, (_, i) => ({ spec: { ...PC, id: `s${i}`, title: `Spec ${i}` }, detail: 'x'.repeat(200) })),
    });
    const card = renderAnswerCard(answer) as Card;
    expect(byteSize(card)).toBeLessThanOrEqual(CARD_BYTE_BUDGET);
    expect(card.actions?.some((a) => a.title === 'Show more') ?? false).toBe(false);
    expect(allStrings(card.body).join(' ')).toMatch(/Shortened to fit in Teams \(\d+ more parts not shown\)/);
  });
});

describe('other cards', () => {
  it('welcome card lists the commands', () => {
    const card = renderWelcomeCard(5);
    expect(parseCard(card).errors).toEqual([]);
    const text = allStrings(card).join(' ');
    for (const c of ['ask', 'compare', 'similar', 'fit', 'help']) expect(text).toContain(c);
  });

  it('fit form is a valid card whose Execute action carries the submit id', () => {
    const card = renderFitFormCard({ specs: [PC, PS2], submitId: 'sub-1', specId: PC.id }) as Card & { actions: { type: string; verb: string; data: unknown }[] };
    expect(parseCard(card).errors).toEqual([]);
    expect(card.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'classbot.fit', data: { classbot: 'fit', submitId: 'sub-1' } });
    expect(JSON.stringify(card)).toContain(`"value":"${PC.id}"`);
  });

  it('fit form inputs become a candidate profile', () => {
    expect(profileFromForm({ eduLevel: 'bachelor', eduField: 'Computer Science', exp1Area: 'production support', exp1Years: '1.5' })).toEqual({
      education: [{ level: 'bachelor', field: 'Computer Science' }],
      experience: [{ area: 'production support', months: 18 }],
    });
    expect(profileFromForm({ eduLevel: 'none' })).toBeUndefined();
  });

  it('rejects card data that is not ours or is malformed', () => {
    expect(parseCardData({ classbot: 'run', action: { op: 'drop-tables' } })).toBeUndefined();
    expect(parseCardData({ classbot: 'more', request: { text: 'x' }, page: -1 })).toBeUndefined();
    expect(parseCardData('x')).toBeUndefined();
  });

  it('message-extension preview is a thumbnail card with escaped text', () => {
    const preview = renderSpecPreview({ ...PC, title: '<b>PC</b>' }, 'Grade 14');
    expect(preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(preview.content.title).toBe('&lt;b&gt;PC&lt;/b&gt;');
  });
});
