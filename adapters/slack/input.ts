/**
 * What users type, as Slack delivers it, turned back into plain text for the engine.
 * Slack escapes `&`, `<`, `>` and encodes mentions and links as `<@U123>`, `<#C1|name>`, `<http://x|label>`,
 * `<!here>`; none of that should reach a question as markup.
 */
export function slackTextToPlain(text: string | undefined): string {
  if (!text) return '';
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => {
      const [target = '', label] = inner.split('|');
      if (target.startsWith('@') || target.startsWith('#')) return label ? `${target[0]}${label}` : target;
      if (target.startsWith('!')) return `@${(label ?? target.slice(1)).replace(/^subteam\^\w+/, 'group')}`;
      return label ?? target.replace(/^mailto:/, '');
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Remove mentions of the bot itself from an app_mention's text. */
export function stripBotMention(text: string | undefined, botUserId: string | undefined): string {
  const raw = text ?? '';
  const withoutBot = botUserId ? raw.split(`<@${botUserId}>`).join(' ') : raw.replace(/^\s*<@[UW][A-Z0-9]+>/, '');
  return slackTextToPlain(withoutBot).replace(/\s+/g, ' ').trim();
}

/** "fit" with nothing after it: the user wants the form, not a parse of an empty profile. */
export const wantsFitForm = (text: string): boolean => /^fit\s*[:\-]?\s*$/i.test(text.trim());
