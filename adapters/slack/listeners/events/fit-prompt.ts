/** Events carry no trigger_id, so a "fit" with no profile gets a button that opens the form. */
import { actions, button, section } from '../../render/blocks.js';
import { md } from '../../render/escape.js';
import type { SlackMessage } from '../../render/index.js';
import { ACTION_IDS } from '../../render/values.js';
import type { FitOrigin } from '../../views/fit-modal.js';

export function fitFormPrompt(origin: FitOrigin): SlackMessage {
  const text = 'Check a candidate against the minimum qualifications: open the form (the result is shown only to you).';
  return {
    text,
    blocks: [
      section(md`${text}`),
      ...actions([button('Open the qualification check', ACTION_IDS.openFit, JSON.stringify(origin), 'primary')]),
    ],
  };
}
