/**
 * The channels' own renderers, loaded once: the playground shows exactly what Slack and Teams would show.
 * Loaded lazily so a renderer that fails to load is reported in the page instead of stopping the server.
 */
import type { Action, Answer, CandidateProfile } from '../../src/model/answer.js';
import type { SpecRef } from '../../src/model/spec.js';

/** What a Teams "Show more" button carries back: the request that produced the answer. */
export type CardRequest = { text: string } | { action: Action };

export interface Renderers {
  /** Slack Block Kit message; `page` 0-based, `continuation(page)` is the "See the rest" button's value. */
  slack(answer: Answer, opts: { page?: number; continuation?: (page: number) => string | undefined }): unknown;
  /** Teams Adaptive Card; `page` 1-based, `request` enables "Show more". */
  teams(answer: Answer, opts: { page?: number; request?: CardRequest }): unknown;
  /** Teams' qualification-check form card. */
  teamsFitForm(opts: { specs: SpecRef[]; submitId: string; specId?: string; error?: string }): unknown;
  /** The Teams form's inputs → the engine's profile and target (the Teams adapter's own translation). */
  teamsFormProfile(values: Record<string, string>): { profile?: CandidateProfile; spec?: string };
  /** Slack's qualification-check modal (a view). */
  slackFitModal(specs: SpecRef[], specId?: string): unknown;
  /** The modal's submitted state → profile and target, or errors by block id (Slack's `response_action: errors`). */
  slackFormProfile(values: SlackStateValues): { ok: true; profile: CandidateProfile; spec?: string } | { ok: false; errors: Record<string, string> };
}

/** A Slack view's `state.values`: block id → action id → the element's value. */
export type SlackStateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

export async function loadRenderers(): Promise<Renderers> {
  const [slack, slackModal, teams] = await Promise.all([
    load(() => import('../slack/render/index.js')),
    load(() => import('../slack/views/fit-modal.js')),
    load(() => import('../teams/cards/index.js')),
  ]);
  return {
    slack: (answer, opts) => need(slack, 'Slack').renderSlackMessage(answer, opts),
    teams: (answer, opts) => need(teams, 'Teams').renderAnswerCard(answer, opts),
    teamsFitForm: (opts) => need(teams, 'Teams').renderFitFormCard(opts),
    teamsFormProfile: (values) => {
      const m = need(teams, 'Teams');
      const profile = m.profileFromForm(values);
      const spec = m.targetFromForm(values);
      return { ...(profile && { profile }), ...(spec && { spec }) };
    },
    slackFitModal: (specs, specId) => need(slackModal, 'Slack').fitModal(specs, {}, specId),
    slackFormProfile: (values) => need(slackModal, 'Slack').readFitForm(values),
  };
}

type Loaded<M> = { module: M } | { error: string };

async function load<M>(importer: () => Promise<M>): Promise<Loaded<M>> {
  try {
    return { module: await importer() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function need<M>(loaded: Loaded<M>, name: string): M {
  if ('module' in loaded) return loaded.module;
  throw new Error(`${name} renderer unavailable: ${loaded.error}`);
}
