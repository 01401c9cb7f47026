/**
 * Slack's Block Kit limits, and the two tools that keep every message inside them:
 * `cut` (entity-safe truncation of escaped text) and `checkSurface` (a checker that reports every violated limit —
 * used by the tests on everything that reaches the fake Slack API, and by the adapter as a last guard).
 * Slack publishes no offline validator, so this is ours; the numbers are Slack's documented limits.
 */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  actionsElements: 25,
  contextElements: 10,
  contextText: 3000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  /** Slack rejects a message whose blocks carry more text than about this (`msg_blocks_too_long`). */
  messageChars: 12000,
  /** Top-level `text` is the notification/fallback; Slack truncates it past 40,000, we keep it short. */
  fallbackText: 3000,
  viewTitle: 24,
  viewButton: 24,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  privateMetadata: 3000,
  callbackId: 255,
} as const;

/** Our own budget per message, below Slack's ~12,000 so the header, buttons and "See the rest" always fit. */
export const MESSAGE_BUDGET = 11000;

/**
 * Cut escaped text to `max` characters, ending with "…". Never splits an entity (`&amp;`) or a surrogate pair.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  // Do not end inside "&amp;", "&lt;", "&gt;".
  const amp = text.lastIndexOf('&', end);
  if (amp !== -1 && end - amp < 5 && text.indexOf(';', amp) >= end) end = amp;
  // Do not split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Characters a raw character takes once entity-escaped (`&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`). */
const escapedWidth = (ch: string): number => (ch === '&' ? 5 : ch === '<' || ch === '>' ? 4 : ch.length);

/**
 * Cut RAW plain_text to `max` characters, ending with "…". The budget counts `&`, `<`, `>` at their escaped width:
 * Slack stores plain_text entity-escaped, so a limit checked on that form still holds. Never splits a surrogate pair.
 */
export function cutPlain(text: string, max: number): string {
  let width = 0;
  for (const ch of text) width += escapedWidth(ch);
  if (width <= max) return text;
  let out = '';
  width = 0;
  for (const ch of text) {
    const w = escapedWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

export type Surface = 'message' | 'modal' | 'home';

type Json = Record<string, unknown>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string | undefined => (isObj(v) && typeof v.text === 'string' ? v.text : undefined);

/** Every text string inside a block, for the per-message character budget. */
export function blockChars(block: unknown): number {
  let n = 0;
  const walk = (v: unknown, key?: string): void => {
    if (typeof v === 'string') {
      if (key === 'text') n += v.length;
      return;
    }
    if (Array.isArray(v)) v.forEach((x) => walk(x, key === 'fields' ? 'text' : undefined));
    else if (isObj(v)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(block);
  return n;
}

/**
 * Report every Block Kit limit a message/modal/home view breaks (empty = valid as far as the published limits go).
 * Accepts what is actually sent: `{ text?, blocks }` for messages, a view object for modal/home.
 */
export function checkSurface(payload: unknown, surface: Surface = 'message'): string[] {
  const problems: string[] = [];
  const p = isObj(payload) ? payload : {};
  const blocks = Array.isArray(p.blocks) ? p.blocks : [];
  const maxBlocks = surface === 'message' ? LIMITS.blocksPerMessage : LIMITS.blocksPerView;
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  if (surface === 'message') {
    const chars = blocks.reduce((sum: number, b) => sum + blockChars(b), 0);
    if (chars > LIMITS.messageChars) problems.push(`${chars} text characters in blocks > ${LIMITS.messageChars}`);
    if (typeof p.text === 'string' && p.text.length > 40000) problems.push('top-level text > 40000');
  }
  if (surface === 'modal') {
    const title = textOf(p.title);
    if (!title) problems.push('modal has no title');
    else if (title.length > LIMITS.viewTitle) problems.push(`modal title ${title.length} > ${LIMITS.viewTitle}`);
    for (const k of ['submit', 'close'] as const) {
      const t = textOf(p[k]);
      if (t !== undefined && t.length > LIMITS.viewButton) problems.push(`modal ${k} ${t.length} > ${LIMITS.viewButton}`);
    }
    if (typeof p.private_metadata === 'string' && p.private_metadata.length > LIMITS.privateMetadata)
      problems.push('private_metadata > 3000');
    if (typeof p.callback_id === 'string' && p.callback_id.length > LIMITS.callbackId) problems.push('callback_id > 255');
  }
  const blockIds = new Set<string>();
  // Slack requires action_ids to be unique within their block.
  let actionIds = new Set<string>();
  const checkElement = (el: unknown, where: string): void => {
    if (!isObj(el)) return problems.push(`${where}: element is not an object`), undefined;
    if (typeof el.action_id === 'string') {
      if (el.action_id.length > LIMITS.actionId) problems.push(`${where}: action_id > 255`);
      if (actionIds.has(el.action_id)) problems.push(`${where}: duplicate action_id ${el.action_id}`);
      actionIds.add(el.action_id);
    }
    if (el.type === 'button') {
      const t = textOf(el.text) ?? '';
      if (t.length === 0) problems.push(`${where}: button without text`);
      if (t.length > LIMITS.buttonText) problems.push(`${where}: button text ${t.length} > 75`);
      if (typeof el.value === 'string' && el.value.length > LIMITS.buttonValue) problems.push(`${where}: button value > 2000`);
    }
    if (el.type === 'static_select' || el.type === 'multi_static_select' || el.type === 'radio_buttons') {
      const options = Array.isArray(el.options) ? el.options : [];
      if (options.length === 0 && !Array.isArray(el.option_groups)) problems.push(`${where}: select without options`);
      if (options.length > LIMITS.selectOptions) problems.push(`${where}: ${options.length} options > 100`);
      for (const o of options) {
        const t = textOf(isObj(o) ? o.text : undefined) ?? '';
        if (t.length > LIMITS.optionText) problems.push(`${where}: option text ${t.length} > 75`);
        const v = isObj(o) ? o.value : undefined;
        if (typeof v === 'string' && v.length > LIMITS.optionValue) problems.push(`${where}: option value ${v.length} > 150`);
      }
    }
    const ph = textOf(el.placeholder);
    if (ph !== undefined && ph.length > LIMITS.placeholder) problems.push(`${where}: placeholder > 150`);
  };
  blocks.forEach((b, i) => {
    const where = `block ${i}`;
    actionIds = new Set<string>();
    if (!isObj(b)) return problems.push(`${where}: not an object`);
    if (typeof b.block_id === 'string') {
      if (b.block_id.length > LIMITS.blockId) problems.push(`${where}: block_id > 255`);
      if (blockIds.has(b.block_id)) problems.push(`${where}: duplicate block_id ${b.block_id}`);
      blockIds.add(b.block_id);
    }
    switch (b.type) {
      case 'header': {
        const t = textOf(b.text) ?? '';
        if (t.length === 0 || t.length > LIMITS.headerText) problems.push(`${where}: header text ${t.length} not in 1..150`);
        break;
      }
      case 'section': {
        const t = textOf(b.text);
        const fields = Array.isArray(b.fields) ? b.fields : undefined;
        if (t === undefined && !fields) problems.push(`${where}: section without text or fields`);
        if (t !== undefined && (t.length === 0 || t.length > LIMITS.sectionText))
          problems.push(`${where}: section text ${t.length} not in 1..3000`);
        if (fields) {
          if (fields.length > LIMITS.fieldsPerSection) problems.push(`${where}: ${fields.length} fields > 10`);
          fields.forEach((f) => {
            const ft = textOf(f) ?? '';
            if (ft.length === 0 || ft.length > LIMITS.fieldText) problems.push(`${where}: field text ${ft.length} not in 1..2000`);
          });
        }
        if (b.accessory !== undefined) checkElement(b.accessory, `${where} accessory`);
        break;
      }
      case 'context': {
        const els = Array.isArray(b.elements) ? b.elements : [];
        if (els.length === 0 || els.length > LIMITS.contextElements) problems.push(`${where}: ${els.length} context elements not in 1..10`);
        els.forEach((e) => {
          const t = textOf(e);
          if (t !== undefined && (t.length === 0 || t.length > LIMITS.contextText)) problems.push(`${where}: context text ${t.length}`);
        });
        break;
      }
      case 'actions': {
        const els = Array.isArray(b.elements) ? b.elements : [];
        if (els.length === 0 || els.length > LIMITS.actionsElements) problems.push(`${where}: ${els.length} action elements not in 1..25`);
        els.forEach((e, j) => checkElement(e, `${where} element ${j}`));
        break;
      }
      case 'input': {
        const label = textOf(b.label) ?? '';
        if (label.length === 0 || label.length > LIMITS.inputLabel) problems.push(`${where}: input label ${label.length}`);
        const hint = textOf(b.hint);
        if (hint !== undefined && hint.length > LIMITS.inputHint) problems.push(`${where}: hint > 2000`);
        if (surface === 'message') problems.push(`${where}: input block in a message`);
        checkElement(b.element, `${where} element`);
        break;
      }
      case 'divider':
        break;
      default:
        problems.push(`${where}: unexpected block type ${String(b.type)}`);
    }
    return undefined;
  });
  return problems;
}
