/**
 * From a request to a Slack message: run the engine for a Source (text, follow-up action or fit form) and render the
 * Answer with the buttons that need the Source ("See the rest", "Share in channel"). No answering logic here:
 * everything goes through engine.handle / engine.run / engine.fit.
 */
import type { Answer } from '../../src/model/answer.js';
import type { Engine } from '../../src/engine/engine.js';
import type { Logger } from '../../src/log.js';
import { renderNotice, renderSlackMessage, type SlackMessage } from './render/index.js';
import { encodeContinuation, type Source } from './render/values.js';

export interface Answered {
  answer?: Answer;
  message: SlackMessage;
  /** The same answer without "Share in channel", for places with no channel to share into (DMs). */
  unshared: SlackMessage;
  /** Fit results are private: shown only to the asker unless they share. */
  private: boolean;
}

export function runSource(engine: Engine, source: Source): Answer {
  if ('t' in source) return engine.handle(source.t);
  if ('a' in source) return engine.run(source.a);
  return engine.fit(source.f, source.s ? { spec: source.s } : undefined);
}

export interface AnswerOptions {
  page?: number;
  /**
   * Offer "Share in channel": true when the answer is shown only to the asker in a place it can be shared from;
   * 'when-private' when that depends on the answer (fit results are private wherever they were asked).
   */
  shareable?: boolean | 'when-private';
}

/** Run and render; an engine failure becomes a polite message, never an exception. */
export function answerSource(engine: Engine, source: Source, logger: Logger, opts: AnswerOptions = {}): Answered {
  const started = performance.now();
  const op = 't' in source ? 'handle' : 'a' in source ? `run:${source.a.op}` : 'fit';
  try {
    const answer = runSource(engine, source);
    const isPrivate = answer.kind === 'fit' || 'f' in source;
    const share = opts.shareable === true || (opts.shareable === 'when-private' && isPrivate);
    const render = (withShare: boolean) =>
      renderSlackMessage(answer, {
        page: opts.page ?? 0,
        continuation: (page) => encodeContinuation({ src: source, page }),
        ...(withShare ? { share: encodeContinuation({ src: source, page: 0 }) } : {}),
      });
    const message = render(share);
    logger.info(
      { channel: 'slack', op, kind: answer.kind, latency: Math.round(performance.now() - started) },
      'answered',
    );
    return { answer, message, unshared: share ? render(false) : message, private: isPrivate };
  } catch (error) {
    logger.error({ channel: 'slack', op, err: error }, 'engine failed');
    const notice = renderNotice("Sorry, I couldn't answer that because of an internal error. Please try again, or try `/classbot help`.");
    return { message: notice, unshared: notice, private: true };
  }
}
