/**
 * Escaping for Slack mrkdwn. Slack treats `<…>` as control sequences (`<!channel>`, `<@U123>`, `<http://x|y>`)
 * and `&` starts an entity, so every piece of user or spec text is escaped before it goes into any block.
 * (`verbatim: true` would not stop `<!channel>`; escaping does.)
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Tagged template for mrkdwn: the literal parts are our own markup (`*bold*`, `>` quotes), every interpolated value
 * is escaped. `md\`*${label}*\n${value}\`` can never let `label` or `value` inject a mention or a link.
 */
export function md(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) {
    out += escapeText(String(values[i] ?? '')) + (strings[i + 1] ?? '');
  }
  return out;
}

/** Prefix every line with `>` so a quote renders as a block quote (text already escaped). */
export function blockQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
