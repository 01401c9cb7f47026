/** The welcome card: sent when classbot is installed for a user or added to a team or chat. */
import { adaptiveCard, factSet, para, runAction, type Element } from './elements.js';

export const COMMANDS: { command: string; title: string; description: string }[] = [
  { command: 'ask', title: 'ask <question>', description: 'Ask about a class spec: grade, pay, duties, qualifications.' },
  { command: 'compare', title: 'compare <a> vs <b>', description: 'Two or more titles side by side, across jurisdictions.' },
  { command: 'similar', title: 'similar <title>', description: 'The closest titles in other jurisdictions, with reasons.' },
  { command: 'fit', title: 'fit <profile>', description: "Check a candidate against the minimum qualifications (no profile: a form)." },
  { command: 'help', title: 'help', description: 'What classbot can do.' },
];

export function renderWelcomeCard(specCount: number): Element {
  return adaptiveCard(
    [
      para('Hello, I am classbot', { size: 'medium', weight: 'bolder' }),
      para(
        `I answer questions about the ${specCount} job class specification${specCount === 1 ? '' : 's'} loaded here, ` +
          'and every answer cites the spec, the section and its exact words. In a channel, mention me first.',
        { spacing: 'small' },
      ),
      factSet(COMMANDS.map((c) => ({ title: c.title, value: c.description }))),
      para('You can also just ask, e.g. "what is the pay grade for Production Coordinator?"', { subtle: true, size: 'small' }),
    ],
    [
      runAction('Help', { op: 'help' }),
      runAction('Check a candidate', { op: 'fit' }),
    ],
  );
}

/** A short notice as a card (refusals, errors), so every reply looks alike. */
export function renderNoticeCard(title: string, text: string): Element {
  return adaptiveCard([para(title, { weight: 'bolder' }), para(text, { spacing: 'small' })]);
}
