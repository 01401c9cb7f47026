/** App Home and the fit modal stay within Slack's view limits at any corpus size; the form reads what users type. */
import { describe, expect, it } from 'vitest';
import { slackTextToPlain, stripBotMention, wantsFitForm } from '../../adapters/slack/input.js';
import { BLOCK, fitModal, parseDuration, readFitForm, readOrigin } from '../../adapters/slack/views/fit-modal.js';
import { homeView } from '../../adapters/slack/views/home.js';
import type { SpecRef } from '../../src/model/spec.js';
import { expectValidSlack, textsOf } from './helpers/blockkit.js';

const many = (n: number): SpecRef[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `spec-${i}`,
    title: `Title <b>${i}</b> & ${'x'.repeat(i % 7 === 0 ? 300 : 5)}`,
    jurisdiction: i % 3 === 0 ? null : `Jurisdiction ${i % 40} <!here>`,
    ...(i % 2 ? { revised: '2020-01-01' } : {}),
  }));

describe('App Home', () => {
  it.each([0, 5, 5000])('with %i specs stays within 100 blocks and escapes every title', (n) => {
    const view = homeView(many(n));
    expectValidSlack(view, 'home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(textsOf(view).join('\n')).toContain(`Specs I know* (${n})`);
  });

  it('groups by jurisdiction with revision dates, and says when some are not shown', () => {
    const text = textsOf(homeView(many(5000))).join('\n');
    expect(text).toContain('*Jurisdiction 1 &lt;!here&gt;*');
    expect(text).toContain('— rev. 2020-01-01');
    expect(text).toMatch(/…and \d+ more/);
    expect(text).toMatch(/…and 21 more jurisdictions/);
    expect(textsOf(homeView(many(5))).join('\n')).toContain('*Jurisdiction not stated* (2)');
  });
});

describe('fit modal', () => {
  it('is valid with a spec select (≤ 100 specs) and preselects the spec asked about', () => {
    const specs = many(5);
    const view = fitModal(specs, { channel: 'C1' }, 'spec-2');
    expectValidSlack(view, 'modal');
    expect(JSON.stringify(view)).toContain('"initial_option"');
    expect(view.blocks.filter((b) => b.block_id?.startsWith('exp_area_')).length).toBeGreaterThanOrEqual(2);
    expect(readOrigin(view.private_metadata)).toEqual({ channel: 'C1' });
  });

  it('past 100 specs the target is typed instead of selected', () => {
    const view = fitModal(many(150), {});
    expectValidSlack(view, 'modal');
    const target = view.blocks.find((b) => b.block_id === BLOCK.spec) as { element: { type: string } };
    expect(target.element.type).toBe('plain_text_input');
  });

  const values = (v: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(v).map(([block, value]) => [
        block,
        { value: block === BLOCK.level ? { selected_option: { value } } : { value } },
      ]),
    );

  it('reads a complete form into a CandidateProfile', () => {
    const r = readFitForm(values({ [BLOCK.level]: 'associate', [BLOCK.field]: 'networking', [BLOCK.area(1)]: 'help desk', [BLOCK.duration(1)]: '1 year', [BLOCK.area(2)]: 'production support', [BLOCK.duration(2)]: '18 months', [BLOCK.notes]: 'A+ certified', [BLOCK.spec]: 'spec-1' }));
    expect(r).toEqual({
      ok: true,
      profile: { education: [{ level: 'associate', field: 'networking' }], experience: [{ area: 'help desk', months: 12 }, { area: 'production support', months: 18 }], notes: 'A+ certified' },
      spec: 'spec-1',
    });
  });

  it('reports each problem on its own block', () => {
    const r = readFitForm(values({ [BLOCK.level]: 'wizard', [BLOCK.years]: '-3', [BLOCK.area(1)]: 'help desk', [BLOCK.duration(1)]: 'ages', [BLOCK.duration(3)]: '2 years' }));
    expect(r.ok).toBe(false);
    expect(Object.keys(!r.ok ? r.errors : {}).sort()).toEqual([BLOCK.level, BLOCK.years, BLOCK.duration(1), BLOCK.area(3)].sort());
  });

  it.each([
    ['18 months', 18],
    ['2 years', 24],
    ['1.5 yrs', 18],
    ['6 mo', 6],
    ['3', 36],
    ['2,5 y', 30],
    ['forever', undefined],
    ['0', undefined],
    ['999 years', undefined],
  ])('duration "%s" → %s months', (raw, months) => {
    expect(parseDuration(raw)).toBe(months);
  });
});

describe('user text from Slack', () => {
  it('decodes Slack markup into plain text for the engine', () => {
    expect(slackTextToPlain('compare A &amp; B vs &lt;C&gt; <@U123|ann> <#C1|hr> <!here> <https://x.example|the spec> <mailto:a@b.c|a@b.c>')).toBe(
      'compare A & B vs <C> @ann #hr @here the spec a@b.c',
    );
    expect(stripBotMention('<@UBOT> grade of PS II <@UBOT>', 'UBOT')).toBe('grade of PS II');
    expect(wantsFitForm('fit')).toBe(true);
    expect(wantsFitForm(' FIT: ')).toBe(true);
    expect(wantsFitForm('fit BS in CS')).toBe(false);
  });
});
