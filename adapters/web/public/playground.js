// classbot playground: asks the server's /api/*, then shows the answer three ways:
// the Teams Adaptive Card (rendered by the adaptivecards library), the Slack Block Kit preview (slack-preview.js),
// and the raw JSON. Buttons and forms in both post back to /api/run and /api/fit.
//
// Safety: every string from the server is put into the page with textContent / DOM nodes, never innerHTML,
// so neither a question nor a spec can inject markup.
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

  // Teams' light-theme text colours, the same on plain and emphasis containers.
  const foregroundColors = {
    default: { default: '#242424', subtle: '#616161' },
    accent: { default: '#5B5FC7', subtle: '#6264A7' },
    good: { default: '#0E7A0B', subtle: '#13A10E' },
    warning: { default: '#835C00', subtle: '#A07400' },
    attention: { default: '#C4314B', subtle: '#D13438' },
  };
  const hostConfig = {
    fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: '#E1E1E1' },
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    containerStyles: {
      default: {
        backgroundColor: '#FFFFFF',
        foregroundColors,
      },
      emphasis: {
        backgroundColor: '#F5F5F5',
        foregroundColors,
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
    if (reply.form === 'fit' && reply.slack && reply.slack.type === 'modal') {
      return slackHost.replaceChildren(SlackPreview.modal(reply.slack, {
        onSubmit: submitSlackForm,
        onCancel: () => slackHost.replaceChildren(el('p', 'empty', 'Form closed.')),
      }));
    }
    if (reply.renderErrors && reply.renderErrors.slack) return problem(slackHost, 'Slack renderer error: ' + reply.renderErrors.slack);
    if (!reply.slack || !Array.isArray(reply.slack.blocks)) return problem(slackHost, 'No Slack message for this answer.');
    slackHost.replaceChildren(SlackPreview.message(reply.slack.blocks, onSlackAction));
  }

  /** The modal's state.values → the verdicts; resolves with Slack-style errors by block id when a value is refused. */
  function submitSlackForm(values) {
    current = null;
    return call('/api/fit', { slackForm: values }, 'Checking the candidate…').then((reply) => {
      render(reply);
      status.textContent = 'Answer: ' + reply.answer.title;
      return undefined;
    }, (error) => {
      const fieldErrors = error.data && error.data.fieldErrors;
      status.textContent = fieldErrors ? 'Slack would show these errors in the form.' : error.message;
      return fieldErrors;
    });
  }

  /** Slack buttons carry an engine Action as JSON, or a page request for "See the rest". */
  function onSlackAction(actionId, value) {
    let data = null;
    try { data = JSON.parse(value); } catch (_) { data = null; }
    if (data && data.more === 'slack' && current) return show(current, { slack: data.page });
    if (data && typeof data.op === 'string') return runAction(data);
    status.textContent = 'This button (' + actionId + ') does nothing in the playground.';
  }

  // ---------- DOM helper (text only, never HTML) ----------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
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
