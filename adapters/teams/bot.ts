/**
 * classbot's Teams bot: one TeamsActivityHandler that turns Teams activities into engine calls and
 * engine answers into cards. No answering logic lives here: every answer comes from the engine.
 *
 * - messages: commands (ask / compare / similar / fit / help) and plain questions; card buttons
 *   (Action.Submit) arrive as messages with a `value`.
 * - the fit form: Action.Execute (`adaptiveCard/action` invoke), answered in the invoke response.
 * - the search message extension: `composeExtension/query`.
 * - the welcome card: when installed, or added to a team or chat.
 */
import { randomUUID } from 'node:crypto';
import {
  ActivityTypes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type MessagingExtensionAttachment,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TurnContext,
} from 'botbuilder';
import type { Engine } from '../../src/engine/engine.js';
import type { Logger } from '../../src/log.js';
import type { Answer } from '../../src/model/answer.js';
import type { SpecRef } from '../../src/model/spec.js';
import {
  FIT_VERB,
  cardAttachment,
  parseCardData,
  profileFromForm,
  experienceProblem,
  renderAnswerCard,
  renderFitFormCard,
  renderNoticeCard,
  renderSpecPreview,
  renderWelcomeCard,
  targetFromForm,
  type CardRequest,
  type FitFormValues,
} from './cards/index.js';
import { parseCommand, textWithoutBotMentions } from './commands.js';
import { errorSummary } from './connector.js';
import { Once } from './once.js';

type Card = Record<string, unknown>;

/** An engine that can also search titles (optional: older engines answer through show()). */
type TitleSearch = { searchTitles?: (text: string, limit?: number) => SpecRef[] };

/** Message-extension results shown at once; Teams lists about ten without scrolling. */
const SEARCH_RESULTS = 10;
/** Each result carries its summary card: keep them small so the whole invoke answer stays small. */
const SUMMARY_CARD_BYTES = 6_000;

export class ClassbotBot extends TeamsActivityHandler {
  private readonly submits = new Once<Card>();
  private readonly welcomed = new Once<void>(5 * 60_000, 10_000);

  constructor(
    private readonly engine: Engine,
    private readonly logger: Logger,
  ) {
    super();

    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await this.welcome(context);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  /** Teams sends both conversationUpdate and installationUpdate on install: welcome once. */
  private async welcome(context: TurnContext): Promise<void> {
    const { first, value } = this.welcomed.run(context.activity.conversation?.id ?? 'unknown', async () => {
      await this.sendCard(context, renderWelcomeCard(this.engine.specs().length));
    });
    if (first) await value;
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    const value: unknown = context.activity.value;
    if (value !== undefined && value !== null && !context.activity.text) {
      await this.onCardSubmit(context, value);
      return;
    }
    const text = textWithoutBotMentions(context.activity);
    await this.reply(context, { text });
  }

  /** An Action.Submit button of one of our cards. */
  private async onCardSubmit(context: TurnContext, value: unknown): Promise<void> {
    const data = parseCardData(value);
    if (!data) {
      await this.sendCard(context, renderNoticeCard('That button no longer works', 'It came from an older card. Type "help" to see what I can do.'));
      return;
    }
    if (data.classbot === 'run') await this.reply(context, { action: data.action });
    else if (data.classbot === 'more') await this.reply(context, data.request, data.page);
    else {
      // A fit form submitted with Action.Submit (clients without Action.Execute): same run-once rule.
      const { first, value: card } = this.submits.run(data.submitId, async () => this.fitCard(data));
      if (first) await this.sendCard(context, await card);
    }
  }

  /** Answer one request (typed text, a button's action, a form) with a card, page `page`. */
  private async reply(context: TurnContext, request: CardRequest, page = 1): Promise<void> {
    const started = performance.now();
    const result = this.answer(request);
    const card = result === 'fit-form' ? this.fitForm(request) : renderAnswerCard(result, { request, page });
    this.logger.info(
      {
        
        op: result === 'fit-form' ? 'fit-form' : result.kind,
        request: 'text' in request ? 'text' : 'action' in request ? request.action.op : 'form',
        textLength: 'text' in request ? request.text.length : undefined,
        page,
        latency: Math.round(performance.now() - started),
      },
      'teams answer',
    );
    await this.sendCard(context, card);
  }

  /** The engine's answer to a request, or 'fit-form' when the user asked to check a candidate without a profile. */
  private answer(request: CardRequest): Answer | 'fit-form' {
    if ('form' in request) {
      const profile = profileFromForm(request.form);
      if (!profile) return 'fit-form';
      const spec = targetFromForm(request.form);
      return this.engine.fit(profile, spec ? { spec } : {});
    }
    if ('action' in request) {
      const { action } = request;
      if (action.op === 'fit' && !action.profile) return 'fit-form';
      return this.engine.run(action);
    }
    const command = parseCommand(request.text);
    switch (command.kind) {
      case 'ask':
        return this.engine.ask(command.question);
      case 'help':
        return this.engine.help();
      case 'fit-form':
        return 'fit-form';
      case 'text':
        return this.engine.handle(command.text);
    }
  }

  private fitForm(request: CardRequest, error?: string): Card {
    const specId = 'action' in request && request.action.op === 'fit' ? request.action.specId : undefined;
    return renderFitFormCard({ specs: this.engine.specs(), submitId: randomUUID(), ...(specId ? { specId } : {}), ...(error ? { error } : {}) });
  }

  /** The verdict card for a submitted form, or the form again (new submit id) when nothing usable was entered. */
  private async fitCard(values: FitFormValues): Promise<Card> {
    const problem = experienceProblem(values);
    const profile = problem ? undefined : profileFromForm(values);
    if (!profile) {
      return renderFitFormCard({
        specs: this.engine.specs(),
        submitId: randomUUID(),
        values,
        error: problem ?? 'Enter an education level, a field or some experience first.',
      });
    }
    const started = performance.now();
    const spec = targetFromForm(values);
    const answer = this.engine.fit(profile, spec ? { spec } : {});
    // Never log the profile, only what was done with it.
    this.logger.info({ op: 'fit', source: 'form', kind: answer.kind, latency: Math.round(performance.now() - started) }, 'teams fit check');
    return renderAnswerCard(answer, { request: { form: values } });
  }

  /**
   * Invokes botbuilder does not know answer 501, and a malformed one (e.g. an adaptiveCard/action
   * without an action) throws inside botbuilder: both are the request's fault, so answer 400.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    let response: InvokeResponse;
    try {
      response = await super.onInvokeActivity(context);
    } catch (error) {
      this.logger.warn({ op: 'invoke', name: String(context.activity.name ?? '').slice(0, 80), err: errorSummary(error) }, 'Teams invoke could not be handled');
      return { status: 400, body: { message: 'classbot could not read this request.' } };
    }
    if (response?.status === 501) {
      this.logger.info({ op: 'invoke', name: String(context.activity.name ?? '').slice(0, 80) }, 'unsupported Teams invoke refused');
      return { status: 400, body: { message: 'classbot does not handle this kind of request.' } };
    }
    return response;
  }

  /** Action.Execute from the fit form: answer in the invoke response, replacing the form. */
  protected override async onAdaptiveCardInvoke(_context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const data = parseCardData(invokeValue?.action?.data);
    if (invokeValue?.action?.verb !== FIT_VERB || !data || data.classbot !== 'fit') {
      return {
        statusCode: 400,
        type: 'application/vnd.microsoft.error',
        value: { code: 'BadRequest', message: 'This card action is not known to classbot. Type "help".' } as unknown as Card,
      };
    }
    const { value, first } = this.submits.run(data.submitId, () => this.fitCard(data));
    if (!first) this.logger.info({ op: 'fit', duplicate: true }, 'repeated fit submit answered from the first run');
    return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: await value };
  }

  /** The search message extension: spec titles matching what the user typed. */
  protected override async handleTeamsMessagingExtensionQuery(_context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const started = performance.now();
    const params = query?.parameters ?? [];
    const initialRun = params.some((p) => p.name === 'initialRun');
    const text = String(params.find((p) => p.name === 'searchQuery')?.value ?? '').trim().slice(0, 200);
    const refs = initialRun || !text ? this.engine.specs().slice(0, SEARCH_RESULTS) : this.findTitles(text);
    const attachments: MessagingExtensionAttachment[] = refs.slice(0, SEARCH_RESULTS).map((ref) => {
      const summary = this.engine.show(ref.id);
      const detail = summary.facts?.slice(0, 3).map((f) => `${f.label}: ${f.value}`).join(' · ');
      const card = renderAnswerCard(summary, { request: { action: { op: 'show', specId: ref.id } }, budget: SUMMARY_CARD_BYTES });
      return { ...cardAttachment(card), preview: renderSpecPreview(ref, detail) };
    });
    this.logger.info({ op: 'search-extension', results: attachments.length, textLength: text.length, latency: Math.round(performance.now() - started) }, 'teams message extension');
    if (attachments.length === 0) {
      return { composeExtension: { type: 'message', text: 'No spec title matches that. Try part of a title, such as "production".' } };
    }
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
  }

  /** Titles matching `text`: the engine's title search when it has one, else what show() resolves. */
  private findTitles(text: string): SpecRef[] {
    const search = (this.engine as Engine & TitleSearch).searchTitles;
    if (typeof search === 'function') return search.call(this.engine, text, SEARCH_RESULTS);
    const shown = this.engine.show(text);
    if (shown.kind === 'spec') return shown.specs.slice(0, 1);
    if (shown.kind === 'clarification') return shown.choices ?? shown.specs;
    const found = this.engine.search(text);
    const seen = new Set<string>();
    return (found.items ?? []).map((i) => i.spec).filter((s) => !seen.has(s.id) && seen.add(s.id));
  }

  private async sendCard(context: TurnContext, card: Card): Promise<void> {
    await context.sendActivity({ type: ActivityTypes.Message, attachments: [cardAttachment(card)] });
  }
}
