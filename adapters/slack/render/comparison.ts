/** A comparison: one section per attribute with each spec's value side by side (fields), then the duty alignment. */
import type { Answer, Comparison } from '../../../src/model/answer.js';
import { type Block, context, fieldSections, sections } from './blocks.js';
import { specLabel } from './citations.js';
import { md } from './escape.js';

export function comparisonBlocks(answer: Answer, cmp: Comparison): Block[] {
  const out: Block[] = [];
  const specsLine = context(
    cmp.specs.map((s, i) => md`*${i + 1}.* ${specLabel(s)}${s.revised ? ` · rev. ${s.revised}` : ''}`),
  );
  if (specsLine) out.push(specsLine);
  for (const row of cmp.rows) {
    const cells = cmp.specs.map((s, i) => {
      const v = row.values[i];
      return v == null || v === '' ? md`*${s.title}*\n_not stated_` : md`*${s.title}*\n${v}`;
    });
    out.push(...fieldSections(cells, md`*${row.attribute}*`));
  }
  if (cmp.payBasis) {
    const basis = context([md`Pay compared on a common basis: ${cmp.payBasis}`]);
    if (basis) out.push(basis);
  }
  if (cmp.sharedDuties.length > 0) {
    const lines = cmp.sharedDuties.map((p) => {
      const a = cmp.specs[p.aSpec]?.title ?? `spec ${p.aSpec + 1}`;
      const b = cmp.specs[p.bSpec]?.title ?? `spec ${p.bSpec + 1}`;
      return md`• ${p.a} _(${a})_ ↔ ${p.b} _(${b})_`;
    });
    out.push(...sections([md`*Shared duties*`, ...lines].join('\n')));
  }
  cmp.distinctDuties.forEach((duties, i) => {
    const spec = cmp.specs[i];
    if (!spec || duties.length === 0) return;
    out.push(...sections([md`*Only in ${spec.title}*`, ...duties.map((d) => md`• ${d}`)].join('\n')));
  });
  return out;
}
