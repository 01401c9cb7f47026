/** Qualification-check results: one verdict per spec with the path taken, what is missing and the rule quoted. */
import type { Answer, Fit, Verdict } from '../../../src/model/answer.js';
import { type Block, context, divider, section } from './blocks.js';
import { quoteBlocks, specLabel } from './citations.js';
import { md } from './escape.js';

export const VERDICT_LABEL: Record<Verdict, string> = {
  meets: ':white_check_mark: Meets the minimum qualifications',
  'meets-with-substitution': ':large_green_circle: Meets them through a substitution',
  'does-not-meet': ':x: Does not meet them yet',
  'not-assessable': ':grey_question: Not assessable — the spec publishes no minimum qualifications',
};

export function fitBlocks(answer: Answer, fit: Fit): Block[] {
  const out: Block[] = [];
  const profile = context([md`*Candidate as understood:* ${fit.profileSummary}`]);
  if (profile) out.push(profile);
  fit.results.forEach((r, i) => {
    if (i > 0) out.push(divider());
    const missing = r.missing.length ? md`\n*Missing:* ${r.missing.join('; or ')}` : '';
    out.push(
      section(
        `${md`*${specLabel({ title: r.title, jurisdiction: r.jurisdiction })}*`}\n${VERDICT_LABEL[r.verdict]}${md`\n${r.explanation}`}${missing}`,
      ),
    );
    const path = context(r.path.map((step, n) => md`${n + 1}. ${step}`));
    if (path) out.push(path);
    if (r.interpretation) {
      const note = context([
        md`:warning: Interpretation: the spec does not state the rate for one rule used here, so this step is classbot's reading.`,
      ]);
      if (note) out.push(note);
    }
    out.push(...quoteBlocks(answer.citations, r.citations, 2));
  });
  return out;
}
