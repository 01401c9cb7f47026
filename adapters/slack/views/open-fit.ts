/** Open the qualification-check modal (from the slash command, a button, or the Home tab). */
import type { webApi } from '@slack/bolt';
import type { ListenerDeps } from '../listeners/deps.js';
import { type FitOrigin, fitModal } from './fit-modal.js';

export async function openFitForm(
  client: webApi.WebClient,
  triggerId: string,
  origin: FitOrigin,
  deps: ListenerDeps,
  preselect?: string,
): Promise<boolean> {
  try {
    await client.views.open({ trigger_id: triggerId, view: fitModal(deps.engine.specs(), origin, preselect) });
    return true;
  } catch (error) {
    deps.logger.warn({ channel: 'slack', op: 'views.open', err: error }, 'could not open the fit form');
    return false;
  }
}

export const FORM_FAILED =
  "I couldn't open the qualification form (Slack only allows it for a few seconds after a click). Try again, or type `/classbot fit` followed by the candidate's education and experience.";
