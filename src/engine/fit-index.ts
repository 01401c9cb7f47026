/**
 * What fit over all specs precomputes once per corpus, on its first use: the specs grouped by requirement
 * signature (mq.ts: rule sets with one signature give every candidate the same verdict).
 * A request then judges each group once and walks typed arrays, instead of a map lookup per spec.
 */
import type { EngineContext, SpecFeatures } from './context.js';
import type { MqRules } from './mq.js';

export interface FitIndex {
  /** Every spec, in the order results are listed (the context's order). */
  features: SpecFeatures[];
  /** Spec i → its group, or -1 when the spec publishes no assessable minimum qualifications. */
  groupOf: Int32Array;
  /** Each group's rule set: that of its first spec (any member gives the same verdict). */
  rules: MqRules[];
  /** Specs per group. */
  size: Uint32Array;
  notAssessable: number;
  /** The map it was built from (a context whose specs change gets a new index). */
  source: Map<string, SpecFeatures>;
}

const indexes = new WeakMap<EngineContext, FitIndex>();

export function fitIndex(ctx: EngineContext): FitIndex {
  const cached = indexes.get(ctx);
  if (cached && cached.source === ctx.byId && cached.features.length === ctx.byId.size) return cached;
  const index = buildFitIndex(ctx.byId);
  indexes.set(ctx, index);
  return index;
}

function buildFitIndex(byId: Map<string, SpecFeatures>): FitIndex {
  const features = [...byId.values()];
  const groupOf = new Int32Array(features.length);
  const rules: MqRules[] = [];
  const sizes: number[] = [];
  // Specs of one template share one MqRules object; different wordings may still share a signature.
  const byRules = new Map<MqRules, number>();
  const bySignature = new Map<string, number>();
  let notAssessable = 0;
  features.forEach((f, i) => {
    if (!f.mq.assessable) {
      groupOf[i] = -1;
      notAssessable++;
      return;
    }
    let g = byRules.get(f.mq);
    if (g === undefined) {
      g = bySignature.get(f.mq.signature);
      if (g === undefined) {
        g = rules.length;
        rules.push(f.mq);
        sizes.push(0);
        bySignature.set(f.mq.signature, g);
      }
      byRules.set(f.mq, g);
    }
    groupOf[i] = g;
    sizes[g]!++;
  });
  return { features, groupOf, rules, size: Uint32Array.from(sizes), notAssessable, source: byId };
}
