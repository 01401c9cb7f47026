// Slack Block Kit preview for the classbot playground: draws a message's blocks (header, section with text,
// fields and accessory, context, actions with buttons and selects, divider, image) and a modal view, the way
// Slack lays them out. Every string goes in through textContent / DOM nodes, never innerHTML; Slack mrkdwn is
// parsed into DOM nodes (links only for http(s) and mailto).
'use strict';

window.SlackPreview = (function () {
  /** Called with (action_id, value) when a button is clicked or an option chosen in the message on screen. */
  let onAction = () => {};

  /** A message: its blocks inside the app's message frame. */
  function message(blocks, actionHandler) {
    onAction = actionHandler;
    return slackFrame(blocks.map(slackBlock).filter(Boolean));
  }

  function slackFrame(children) {
    const msg = el('div', 'slack-message');
    const avatar = el('div', 'slack-avatar', 'cb');
    avatar.setAttribute('aria-hidden', 'true');
    const body = el('div', 'slack-body');
    const meta = el('div', 'slack-meta');
    meta.append(el('strong', null, 'classbot'), el('span', 'slack-app', 'APP'));
    body.append(meta, ...children);
    msg.append(avatar, body);
    return msg;
  }

  function slackBlock(block) {
    switch (block.type) {
      case 'header':
        return el('div', 'sk-header', textOf(block.text));
      case 'divider':
        return el('hr', 'sk-divider');
      case 'section': {
        const section = el('div', 'sk-section');
        const main = el('div', 'sk-section-main');
        if (block.text) main.append(slackText(block.text));
        if (Array.isArray(block.fields) && block.fields.length) {
          const fields = el('div', 'sk-fields');
          block.fields.forEach((f) => fields.append(wrap('div', 'sk-field', slackText(f))));
          main.append(fields);
        }
        section.append(main);
        if (block.accessory) {
          const acc = slackElement(block.accessory);
          if (acc) section.append(wrap('div', 'sk-accessory', acc));
        }
        return section;
      }
      case 'context': {
        const ctx = el('div', 'sk-context');
        (block.elements || []).forEach((e) => {
          if (e.type === 'image') ctx.append(img(e.image_url, e.alt_text, 'sk-context-img'));
          else ctx.append(wrap('span', 'sk-context-item', slackText(e)));
        });
        return ctx;
      }
      case 'actions': {
        const row = el('div', 'sk-actions');
        (block.elements || []).forEach((e) => {
          const node = slackElement(e);
          if (node) row.append(node);
        });
        return row;
      }
      case 'image': {
        const fig = el('figure', 'sk-image');
        fig.append(img(block.image_url, block.alt_text));
        if (block.title) fig.append(el('figcaption', null, textOf(block.title)));
        return fig;
      }
      case 'rich_text':
        return el('div', 'sk-section', richText(block));
      default:
        return el('p', 'render-error', 'Unsupported Slack block: ' + String(block.type));
    }
  }

  function slackElement(e) {
    if (e.type === 'button') {
      const b = el('button', 'sk-button' + (e.style ? ' sk-' + e.style : ''), textOf(e.text));
      b.type = 'button';
      if (e.url) {
        b.title = e.url;
        b.addEventListener('click', () => { if (/^https?:\/\//i.test(e.url)) window.open(e.url, '_blank', 'noopener,noreferrer'); });
      } else {
        b.addEventListener('click', () => onAction(e.action_id, e.value));
      }
      return b;
    }
    if (e.type === 'static_select' || e.type === 'overflow') {
      const select = el('select', 'sk-select');
      const label = e.placeholder ? textOf(e.placeholder) : 'More…';
      select.setAttribute('aria-label', label);
      const first = el('option', null, label);
      first.value = '';
      select.append(first);
      const groups = e.option_groups || [{ options: e.options || [] }];
      groups.forEach((g) => {
        const parent = g.label ? el('optgroup') : select;
        if (g.label) { parent.label = textOf(g.label); select.append(parent); }
        (g.options || []).forEach((o) => {
          const opt = el('option', null, textOf(o.text));
          opt.value = o.value;
          parent.append(opt);
        });
      });
      select.addEventListener('change', () => { if (select.value) onAction(e.action_id, select.value); });
      return select;
    }
    if (e.type === 'image') return img(e.image_url, e.alt_text, 'sk-accessory-img');
    return el('span', 'render-error', 'Unsupported element: ' + String(e.type));
  }

  // A Slack modal (the qualification check): input blocks, submitted as Slack's view `state.values`;
  // errors come back by block id, as with `response_action: "errors"`.
  function modal(view, opts) {
    const form = el('form', 'sk-modal');
    form.setAttribute('aria-label', textOf(view.title) || 'Slack form');
    form.noValidate = true;
    form.append(el('div', 'sk-modal-title', textOf(view.title)));
    const body = el('div', 'sk-modal-body');
    const fields = [];
    (view.blocks || []).forEach((block, i) => {
      if (block.type !== 'input') {
        const node = slackBlock(block);
        if (node) body.append(node);
        return;
      }
      const id = 'sk-input-' + i;
      const wrapBlock = el('div', 'sk-input');
      const label = el('label', 'sk-input-label', textOf(block.label));
      label.htmlFor = id;
      if (block.optional) label.append(el('span', 'sk-optional', ' (optional)'));
      wrapBlock.append(label);
      const e = block.element || {};
      let control;
      if (e.type === 'static_select') {
        control = el('select', 'sk-select sk-input-control');
        const none = el('option', null, e.placeholder ? textOf(e.placeholder) : 'Choose');
        none.value = '';
        control.append(none);
        (e.options || []).forEach((o) => {
          const opt = el('option', null, textOf(o.text));
          opt.value = o.value;
          if (e.initial_option && e.initial_option.value === o.value) opt.selected = true;
          control.append(opt);
        });
      } else {
        control = el(e.multiline ? 'textarea' : 'input', 'sk-input-control');
        if (!e.multiline) control.type = 'text';
        if (e.placeholder) control.placeholder = textOf(e.placeholder);
        if (e.max_length) control.maxLength = e.max_length;
        if (e.initial_value) control.value = e.initial_value;
      }
      control.id = id;
      wrapBlock.append(control);
      if (block.hint) wrapBlock.append(el('div', 'sk-hint', textOf(block.hint)));
      const error = el('div', 'sk-error');
      error.id = id + '-error';
      error.setAttribute('role', 'alert');
      control.setAttribute('aria-describedby', error.id);
      wrapBlock.append(error);
      body.append(wrapBlock);
      fields.push({ block: block, control: control, error: error });
    });
    form.append(body);
    const foot = el('div', 'sk-modal-foot');
    const cancel = el('button', 'sk-button', view.close ? textOf(view.close) : 'Cancel');
    cancel.type = 'button';
    cancel.addEventListener('click', () => opts.onCancel());
    const submit = el('button', 'sk-button sk-primary', view.submit ? textOf(view.submit) : 'Submit');
    submit.type = 'submit';
    foot.append(cancel, submit);
    form.append(foot);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = {};
      fields.forEach((f) => {
        f.error.textContent = '';
        const actionId = f.block.element.action_id || 'value';
        const v = f.control.value;
        values[f.block.block_id] = {};
        values[f.block.block_id][actionId] = f.block.element.type === 'static_select'
          ? { selected_option: v ? { value: v } : null }
          : { value: v || null };
      });
      // onSubmit resolves with errors by block id when Slack would refuse the submission.
      Promise.resolve(opts.onSubmit(values)).then((errors) => {
        if (errors) fields.forEach((f) => { if (errors[f.block.block_id]) f.error.textContent = errors[f.block.block_id]; });
      });
    });
    return slackFrame([form]);
  }

  // A text object as Slack shows it: plain_text verbatim (classbot sends it raw and Slack never parses it),
  // mrkdwn with its three entities decoded.
  function textOf(t) {
    if (!t || typeof t.text !== 'string') return '';
    return t.type === 'plain_text' ? t.text : decode(t.text);
  }

  function slackText(t) {
    if (!t) return document.createTextNode('');
    if (t.type === 'plain_text') return el('span', 'sk-text', t.text);
    return mrkdwn(t.text || '');
  }

  // Slack mrkdwn → DOM. Handles what classbot sends: *bold*, _italic_, ~strike~, `code`, ```pre```, > quotes,
  // <url|label> links, <@U…>/<!here> mentions, :emoji:, and &amp; &lt; &gt; entities.
  const EMOJI = {
    information_source: 'ℹ️', white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', warning: '⚠️',
    memo: '📝', page_facing_up: '📄', mag: '🔍', books: '📚', link: '🔗', bulb: '💡', question: '❓',
    grey_question: '❔', arrow_right: '➡️', star: '⭐', large_green_circle: '🟢', large_yellow_circle: '🟡',
    red_circle: '🔴', white_circle: '⚪', no_entry: '⛔', moneybag: '💰', calendar: '📅', scales: '⚖️',
    briefcase: '💼', mortar_board: '🎓', clipboard: '📋', round_pushpin: '📍', speech_balloon: '💬',
  };

  function mrkdwn(source) {
    const root = el('div', 'sk-mrkdwn');
    const pre = source.split('```');
    pre.forEach((chunk, i) => {
      if (i % 2 === 1) { root.append(el('pre', 'sk-pre', decode(chunk.replace(/^\n/, '')))); return; }
      const lines = chunk.split('\n');
      let quote = null;
      lines.forEach((line, n) => {
        const q = /^(&gt;|>)\s?(.*)$/.exec(line);
        if (q) {
          if (!quote) { quote = el('blockquote', 'sk-quote'); root.append(quote); } else quote.append(el('br'));
          inline(q[2], quote);
          return;
        }
        quote = null;
        const p = el('span', 'sk-line');
        inline(line, p);
        root.append(p);
        if (n < lines.length - 1) root.append(el('br'));
      });
    });
    return root;
  }

  const INLINE = /`([^`\n]+)`|<([^<>\n]+)>|(^|[\s(])\*([^*\n]+)\*(?=$|[\s.,;:!?)])|(^|[\s(])_([^_\n]+)_(?=$|[\s.,;:!?)])|(^|[\s(])~([^~\n]+)~(?=$|[\s.,;:!?)])|:([a-z0-9_+-]+):/g;

  function inline(text, parent) {
    // A fresh regex per call: nested calls (bold inside a line) must not share lastIndex.
    const re = new RegExp(INLINE.source, 'g');
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      const lead = m[3] || m[5] || m[7] || '';
      parent.append(document.createTextNode(decode(text.slice(last, m.index) + lead)));
      if (m[1] !== undefined) parent.append(el('code', 'sk-code', decode(m[1])));
      else if (m[2] !== undefined) parent.append(angle(m[2]));
      else if (m[4] !== undefined) inline(m[4], parent.appendChild(el('strong')));
      else if (m[6] !== undefined) inline(m[6], parent.appendChild(el('em')));
      else if (m[8] !== undefined) inline(m[8], parent.appendChild(el('s')));
      else if (m[9] !== undefined) parent.append(document.createTextNode(EMOJI[m[9]] || ':' + m[9] + ':'));
      last = re.lastIndex;
    }
    parent.append(document.createTextNode(decode(text.slice(last))));
  }

  /** <https://x|label>, <mailto:…>, <@U123>, <#C123|name>, <!here>: links only for http(s)/mailto. */
  function angle(inner) {
    const bar = inner.indexOf('|');
    const target = bar >= 0 ? inner.slice(0, bar) : inner;
    const label = decode(bar >= 0 ? inner.slice(bar + 1) : inner);
    if (/^(https?:|mailto:)/i.test(target)) {
      const a = el('a', 'sk-link', label);
      a.href = decode(target);
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      return a;
    }
    if (target.startsWith('@')) return el('span', 'sk-mention', '@' + (bar >= 0 ? label : target.slice(1)));
    if (target.startsWith('#')) return el('span', 'sk-mention', '#' + (bar >= 0 ? label : target.slice(1)));
    if (target.startsWith('!')) return el('span', 'sk-mention', '@' + (bar >= 0 ? label : target.slice(1).split('^')[0]));
    // Any other scheme (javascript:, data:…) is never a link: its label, or the text as written.
    return document.createTextNode(bar >= 0 ? label : '<' + decode(inner) + '>');
  }

  function richText(block) {
    const out = el('div', 'sk-mrkdwn');
    (block.elements || []).forEach((section) => {
      (section.elements || []).forEach((e) => {
        if (e.type === 'text') {
          const s = e.style || {};
          let node = document.createTextNode(e.text || '');
          if (s.code) node = wrap('code', 'sk-code', node);
          if (s.bold) node = wrap('strong', null, node);
          if (s.italic) node = wrap('em', null, node);
          out.append(node);
        } else if (e.type === 'link' && /^https?:/i.test(e.url || '')) {
          const a = el('a', 'sk-link', e.text || e.url);
          a.href = e.url;
          a.rel = 'noopener noreferrer';
          a.target = '_blank';
          out.append(a);
        }
      });
    });
    return out;
  }

  // ---------- small DOM helpers (text only, never HTML) ----------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function wrap(tag, className, child) {
    const node = el(tag, className);
    node.append(child);
    return node;
  }

  function img(src, alt, className) {
    const node = el('img', className || null);
    if (/^https?:\/\//i.test(src || '')) node.src = src;
    node.alt = alt || '';
    return node;
  }

  function decode(s) {
    return String(s).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }

  return { message, modal };
})();
