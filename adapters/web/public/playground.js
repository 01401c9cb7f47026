// classbot playground: asks the server's /api/*, then shows the answer three ways:
// the Teams Adaptive Card (rendered by the adaptivecards library), a Slack Block Kit preview, and the raw JSON.
//
// Safety: every string from the server is put into the page with textContent / DOM nodes, never innerHTML,
// so neither a question nor a spec can inject markup. Slack mrkdwn is parsed into DOM nodes the same way.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const form = $('ask-form');
  const input = $('question');
  const status = $('status');
  const teamsHost = $('teams-card');
  const slackHost = $('slack-preview');
  const rawHost = $('raw-json');

  /** The request that produced the answer on screen, so "See the rest" / "Show more" can ask for another page. */
  let current = null;

  // ---------- talking to the server ----------

  async function call(path, body, note) {
    setBusy(true, note || 'Thinking…');
    try {
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const data = await res.json().catch(() => ({ error: 'The server sent something that is not JSON.' }));
      if (!res.ok) {
        const error = new Error(data.error || 'Request failed (' + res.status + ').');
        error.data = data;
        throw error;
      }
      return data;
    } finally {
      setBusy(false);
    }
  }

  function setBusy(busy, note) {
    form.setAttribute('aria-busy', busy ? 'true' : 'false');
    $('ask-button').disabled = busy;
    if (busy) status.textContent = note;
  }

  async function ask(text, page) {
    current = { path: '/api/ask', body: { text: text } };
    await show(current, page);
  }

  async function runAction(action, page) {
    if (!action || typeof action.op !== 'string') return;
    current = { path: '/api/run', body: { action: action } };
    await show(current, page);
  }

  async function show(request, page) {
    const body = Object.assign({}, request.body, page ? { page: page } : {});
    try {
      const reply = await call(request.path, body);
      render(reply, page);
      status.textContent = reply.form === 'fit'
        ? 'Fill in the candidate’s education and experience in either form (Teams card, Slack modal), or type “fit …” above.'
        : (reply.answer && reply.answer.title ? 'Answer: ' + reply.answer.title : 'Done.');
    } catch (error) {
      status.textContent = error.message;
    }
  }

  // ---------- rendering the three panes ----------

  function render(reply, page) {
    const only = page && (page.slack !== undefined ? 'slack' : page.teams !== undefined ? 'teams' : null);
    if (only !== 'slack') renderTeams(reply);
    if (only !== 'teams') renderSlack(reply);
    renderRaw(reply);
  }

  function problem(host, message) {
    const p = el('p', 'render-error', message);
    p.setAttribute('role', 'note');
    host.replaceChildren(p);
  }

  function renderRaw(reply) {
    const parts = [
      ['Answer model', reply.answer],
      ['Slack message (Block Kit)', reply.slack],
      ['Teams card (Adaptive Card 1.5)', reply.teams],
    ];
    const nodes = parts.map(([label, value], i) => {
      const details = el('details');
      if (i === 0) details.open = true;
      details.append(el('summary', null, label), el('pre', null, JSON.stringify(value, null, 2)));
      return details;
    });
    rawHost.replaceChildren(...nodes);
  }

  // ---------- Teams: the real Adaptive Cards renderer ----------

  const hostConfig = {
    fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#E1E1E1' },
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles: {
      default: {
        backgroundColor: '#FFFFFF',
        foregroundColors: {
          default: { default: '#242424', subtle: '#616161' },
          accent: { default: '#5B5FC7', subtle: '#6264A7' },
          good: { default: '#0E7A0B', subtle: '#13A10E' },
          warning: { default: '#835C00', subtle: '#A07400' },
          attention: { default: '#C4314B', subtle: '#D13438' },
        },
      },
      emphasis: {
        backgroundColor: '#F5F5F5',
        foregroundColors: {
          default: { default: '#242424', subtle: '#616161' },
          accent: { default: '#5B5FC7', subtle: '#6264A7' },
          good: { default: '#0E7A0B', subtle: '#13A10E' },
          warning: { default: '#835C00', subtle: '#A07400' },
          attention: { default: '#C4314B', subtle: '#D13438' },
        },
      },
    },
    actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline' } },
    factSet: { title: { weight: 'bolder', wrap: true, maxWidth: 160 }, value: { wrap: true }, spacing: 8 },
    supportsInteractivity: true,
  };

  function renderTeams(reply) {
    if (reply.renderErrors && reply.renderErrors.teams) return problem(teamsHost, 'Teams renderer error: ' + reply.renderErrors.teams);
    if (!reply.teams) return problem(teamsHost, 'No card for this answer.');
    if (!window.AdaptiveCards) return problem(teamsHost, 'The Adaptive Cards renderer did not load.');
    const AC = window.AdaptiveCards;
    const card = new AC.AdaptiveCard();
    card.hostConfig = new AC.HostConfig(hostConfig);
    card.onExecuteAction = onCardAction;
    const errors = [];
    try {
      // Parse and validation problems are collected, as Teams would meet them, and shown under the card.
      const context = new AC.SerializationContext();
      card.parse(reply.teams, context);
      for (let i = 0; i < context.eventCount; i++) errors.push(context.getEventAt(i).message);
      const validation = card.validateProperties();
      (validation.validationEvents || []).forEach((e) => errors.push(e.message));
      const rendered = card.render();
      if (!rendered) return problem(teamsHost, 'The card could not be rendered.');
      const frame = el('div', 'teams-message');
      frame.append(el('div', 'teams-sender', 'classbot'), rendered);
      const nodes = [frame];
      if (errors.length) nodes.push(el('p', 'render-error', 'Card warnings: ' + errors.slice(0, 3).join('; ')));
      teamsHost.replaceChildren(...nodes);
    } catch (error) {
      problem(teamsHost, 'The card could not be parsed: ' + error.message);
    }
  }

  /** Card buttons: run follow-ups, page long answers, submit the fit form, open links safely. */
  function onCardAction(action) {
    const type = action.getJsonTypeName();
    if (type === 'Action.OpenUrl') {
      if (/^https?:\/\//i.test(action.url || '')) window.open(action.url, '_blank', 'noopener,noreferrer');
      return;
    }
    const data = action.data || {};
    if (data.classbot === 'run') return runAction(data.action);
    if (data.classbot === 'more' && data.request) {
      current = data.request.text !== undefined
        ? { path: '/api/ask', body: { text: data.request.text } }
        : { path: '/api/run', body: { action: data.request.action } };
      return show(current, { teams: data.page });
    }
    if (data.classbot === 'fit') {
      const values = {};
      Object.keys(data).forEach((k) => { if (k !== 'classbot' && k !== 'submitId' && typeof data[k] === 'string') values[k] = data[k]; });
      current = null;
      return call('/api/fit', { form: values }, 'Checking the candidate…').then((reply) => {
        render(reply);
        status.textContent = 'Answer: ' + reply.answer.title;
      }, (error) => { status.textContent = error.message; });
    }
    if (data && typeof data.op === 'string') return runAction(data);
    status.textContent = 'This button does nothing in the playground.';
  }

  // ---------- Slack: a faithful Block Kit preview ----------

  function renderSlack(reply) {
    if (reply.form === 'fit' && reply.slack && reply.slack.type === 'modal') return slackHost.replaceChildren(slackModal(reply.slack));
    if (reply.renderErrors && reply.renderErrors.slack) return problem(slackHost, 'Slack renderer error: ' + reply.renderErrors.slack);
    if (!reply.slack || !Array.isArray(reply.slack.blocks)) return problem(slackHost, 'No Slack message for this answer.');
    const blocks = reply.slack.blocks.map(slackBlock).filter(Boolean);
    slackHost.replaceChildren(slackFrame(blocks));
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
        b.addEventListener('click', () => onSlackAction(e.action_id, e.value));
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
      select.addEventListener('change', () => { if (select.value) onSlackAction(e.action_id, select.value); });
      return select;
    }
    if (e.type === 'image') return img(e.image_url, e.alt_text, 'sk-accessory-img');
    return el('span', 'render-error', 'Unsupported element: ' + String(e.type));
  }

  // A Slack modal (the qualification check): input blocks, submitted as Slack's view `state.values`;
  // errors come back by block id, as with `response_action: "errors"`.
  function slackModal(view) {
    const modal = el('form', 'sk-modal');
    modal.setAttribute('aria-label', textOf(view.title) || 'Slack form');
    modal.noValidate = true;
    modal.append(el('div', 'sk-modal-title', textOf(view.title)));
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
    modal.append(body);
    const foot = el('div', 'sk-modal-foot');
    const cancel = el('button', 'sk-button', view.close ? textOf(view.close) : 'Cancel');
    cancel.type = 'button';
    cancel.addEventListener('click', () => slackHost.replaceChildren(el('p', 'empty', 'Form closed.')));
    const submit = el('button', 'sk-button sk-primary', view.submit ? textOf(view.submit) : 'Submit');
    submit.type = 'submit';
    foot.append(cancel, submit);
    modal.append(foot);
    modal.addEventListener('submit', (event) => {
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
      current = null;
      call('/api/fit', { slackForm: values }, 'Checking the candidate…').then((reply) => {
        render(reply);
        status.textContent = 'Answer: ' + reply.answer.title;
      }, (error) => {
        const fieldErrors = error.data && error.data.fieldErrors;
        if (!fieldErrors) { status.textContent = error.message; return; }
        fields.forEach((f) => { if (fieldErrors[f.block.block_id]) f.error.textContent = fieldErrors[f.block.block_id]; });
        status.textContent = 'Slack would show these errors in the form.';
      });
    });
    return slackFrame([modal]);
  }

  /** Slack buttons carry an engine Action as JSON, or a page request for "See the rest". */
  function onSlackAction(actionId, value) {
    let data = null;
    try { data = JSON.parse(value); } catch (_) { data = null; }
    if (data && data.more === 'slack' && current) return show(current, { slack: data.page });
    if (data && typeof data.op === 'string') return runAction(data);
    status.textContent = 'This button (' + actionId + ') does nothing in the playground.';
  }

  function textOf(t) {
    return t && typeof t.text === 'string' ? decode(t.text) : '';
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
    return document.createTextNode('<' + decode(inner) + '>');
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

  // ---------- wiring ----------

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) { status.textContent = 'Type a question first.'; input.focus(); return; }
    ask(text);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  document.querySelectorAll('.chip').forEach((chip) => {
    chip.addEventListener('click', () => {
      input.value = chip.getAttribute('data-example') || '';
      form.requestSubmit();
    });
  });

  // A question in the address (?q=…) is asked on load: handy for sharing an example.
  const q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q.slice(0, 10000); ask(input.value); }
})();
