/** Clarification: the specs the user may have meant, as buttons (few) or a static select (many). */
import type { Action, Answer } from '../../../src/model/answer.js';
import type { SpecRef } from '../../../src/model/spec.js';
import { type Block, actions, button, option } from './blocks.js';
import { specLabel } from './citations.js';
import { LIMITS } from './limits.js';
import { ACTION_IDS, encodeAction } from './values.js';

/** The engine's follow-up for a choice when it offers one (it knows the question), else showing that spec. */
function actionFor(answer: Answer, choice: SpecRef): Action {
  const followUp = answer.followUps.find((f) => 'specId' in f.action && f.action.specId === choice.id);
  return followUp?.action ?? { op: 'show', specId: choice.id };
}

export function choiceBlocks(answer: Answer, choices: SpecRef[]): Block[] {
  if (choices.length === 0) return [];
  if (choices.length <= 5) {
    const buttons = choices.flatMap((c, i) => {
      const value = encodeAction(actionFor(answer, c));
      return value ? [button(specLabel(c), `${ACTION_IDS.choose}:${i}`, value)] : [];
    });
    return actions(buttons, 'classbot-choices');
  }
  // Option values are limited to 150 characters: fall back to "show" when the engine's action is longer.
  const options = choices.slice(0, LIMITS.selectOptions).map((c) => {
    const value = encodeAction(actionFor(answer, c));
    const fallback = encodeAction({ op: 'show', specId: c.id }) ?? c.id;
    return option({
      label: specLabel(c),
      value: value && value.length <= LIMITS.optionValue ? value : fallback,
      ...(c.revised ? { description: `rev. ${c.revised}` } : {}),
    });
  });
  return [
    {
      type: 'actions',
      block_id: 'classbot-choices',
      elements: [
        {
          type: 'static_select',
          action_id: ACTION_IDS.choose,
          placeholder: { type: 'plain_text', text: 'Pick the spec you mean' },
          options,
        },
      ],
    },
  ];
}
