/**
 * What a Teams message asks for. Only the Teams-specific parts are decided here (bot mentions,
 * "fit" without a profile opens the form); everything else is the engine's routing.
 */
import type { Activity } from 'botbuilder';

export type Command =
  | { kind: 'ask'; question: string }
  | { kind: 'fit-form' }
  | { kind: 'help' }
  /** Anything else: compare / similar / fit <profile> / plain questions, routed by engine.handle. */
  | { kind: 'text'; text: string };

/**
 * The message text without any mention of the bot. `TurnContext.removeRecipientMention` removes
 * only the first occurrence of each mention entity's text; a user can mention the bot twice.
 */
export function textWithoutBotMentions(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: string; mentioned?: { id?: string }; text?: string };
    if (entity.type === 'mention' && mention.mentioned?.id === botId && typeof mention.text === 'string' && mention.text) {
      text = text.split(mention.text).join(' ');
    }
  }
  // Teams may leave a bare "<at>name</at>" without an entity in some clients, and &nbsp;.
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCommand(text: string): Command {
  const m = /^\/?(ask|fit|help)\b[:\s]*(.*)$/is.exec(text.trim());
  if (!m) return { kind: 'text', text };
  const word = m[1]!.toLowerCase();
  const rest = m[2]!.trim();
  if (word === 'ask') return rest ? { kind: 'ask', question: rest } : { kind: 'help' };
  if (word === 'fit') return rest ? { kind: 'text', text: `fit ${rest}` } : { kind: 'fit-form' };
  return rest ? { kind: 'text', text } : { kind: 'help' };
}
