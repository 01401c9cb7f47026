/**
 * The App Home tab: what classbot does, example questions (buttons that ask them), and the specs it knows,
 * grouped by jurisdiction with their revision dates. Capped to the Home tab's 100 blocks whatever the corpus size.
 */
import type { types } from '@slack/bolt';
import type { SpecRef } from '../../../src/model/spec.js';
import { type Block, actions, button, context, divider, header, section } from '../render/blocks.js';
import { md } from '../render/escape.js';
import { LIMITS, cut } from '../render/limits.js';
import { ACTION_IDS, encodeAction } from '../render/values.js';

export const EXAMPLE_QUESTIONS = [
  "What's the pay grade for Production Coordinator?",
  'Which classes require a driver’s license?',
  'compare Production Specialist II vs Production Coordinator',
  'similar Information Systems Technician II',
  'fit BS in Computer Science, 18 months production support',
];

const MAX_JURISDICTIONS = 20;
const MAX_SPECS_PER_JURISDICTION = 25;

function specsByJurisdiction(specs: SpecRef[]): Block[] {
  const groups = new Map<string, SpecRef[]>();
  for (const s of specs) {
    const key = s.jurisdiction ?? 'Jurisdiction not stated';
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b));
  const out: Block[] = [];
  for (const name of names.slice(0, MAX_JURISDICTIONS)) {
    const group = (groups.get(name) ?? []).sort((a, b) => a.title.localeCompare(b.title));
    const lines = group
      .slice(0, MAX_SPECS_PER_JURISDICTION)
      .map((s) => md`• ${s.title.length > 100 ? `${s.title.slice(0, 99)}…` : s.title}${s.revised ? ` — rev. ${s.revised}` : ' — date not stated'}`);
    if (group.length > MAX_SPECS_PER_JURISDICTION) lines.push(md`_…and ${group.length - MAX_SPECS_PER_JURISDICTION} more_`);
    out.push(section(cut(`${md`*${name}* (${group.length})`}\n${lines.join('\n')}`, LIMITS.sectionText)));
  }
  if (names.length > MAX_JURISDICTIONS) {
    const more = context([md`…and ${names.length - MAX_JURISDICTIONS} more jurisdictions. Ask by title to reach any spec.`]);
    if (more) out.push(more);
  }
  return out;
}

export function homeView(specs: SpecRef[]): types.HomeView {
  const examples = EXAMPLE_QUESTIONS.flatMap((q, i) => {
    const value = encodeAction({ op: 'ask', question: q });
    return value ? [button(q, `${ACTION_IDS.run}:example:${i}`, value)] : [];
  });
  const blocks: Block[] = [
    header('classbot — class specifications, with citations'),
    section(
      md`Ask about any job class specification: grade, pay, minimum qualifications, substitutions, special requirements, duties. Every answer cites the spec, the section and the exact words. When a spec doesn't say something, classbot says so.`,
    ),
    section(
      [
        md`*What you can do*`,
        md`• \`/classbot &lt;question&gt;\` — or mention @classbot in a channel, or message me here`,
        md`• \`/classbot compare &lt;title&gt; vs &lt;title&gt;\` — side by side, pay on a common basis`,
        md`• \`/classbot similar &lt;title&gt;\` — the closest titles in other jurisdictions`,
        md`• \`/classbot fit &lt;profile&gt;\` — check a candidate (results are shown only to you)`,
      ].join('\n'),
    ),
    ...actions([button('Check a candidate', ACTION_IDS.openFit, 'home', 'primary')], 'home-fit'),
    divider(),
    section(md`*Try one of these*`),
    ...actions(examples, 'home-examples'),
    divider(),
    section(md`*Specs I know* (${specs.length})`),
    ...specsByJurisdiction(specs),
  ];
  return { type: 'home', blocks: blocks.slice(0, LIMITS.blocksPerView) };
}
