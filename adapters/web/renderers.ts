/**
 * The channels' own renderers, loaded once: the playground shows exactly what Slack and Teams would show.
 * Loaded lazily so a renderer that fails to load is reported in the page instead of stopping the server.
 */
import type { Answer } from '../../src/model/answer.js';

export interface Renderers {
  slack(answer: Answer): unknown;
  teams(answer: Answer): unknown;
}

export async function loadRenderers(): Promise<Renderers> {
  const [slack, teams] = await Promise.all([
    load(() => import('../slack/render/index.js').then((m) => m.renderSlackMessage)),
    load(() => import('../teams/cards/index.js').then((m) => m.renderAnswerCard)),
  ]);
  return { slack, teams };
}

async function load(importer: () => Promise<(answer: Answer) => unknown>): Promise<(answer: Answer) => unknown> {
  try {
    return await importer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return () => {
      throw new Error(`renderer unavailable: ${reason}`);
    };
  }
}
