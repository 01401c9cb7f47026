/**
 * Parse a card with the real `adaptivecards` library (what the web playground and Teams' web
 * client use) and return its parse errors/warnings. `require('adaptivecards')` fails in Node; the
 * dist bundle loads.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const AC = require('adaptivecards/dist/adaptivecards.js') as any;

export interface ParseReport {
  errors: string[];
  version: string | undefined;
}

export function parseCard(card: unknown): ParseReport {
  const adaptive = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  adaptive.parse(card, context);
  const errors: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    errors.push(`${event.phase}/${event.event}: ${event.message}`);
  }
  // Validation after parsing catches bad values (e.g. duplicate input ids).
  const validation = adaptive.validateProperties();
  for (const e of validation.validationEvents) {
    // Hints are style advice, not problems.
    if (e.event !== AC.ValidationEvent.Hint) errors.push(`validate/${e.event}: ${e.message}`);
  }
  return { errors, version: adaptive.version?.toString() };
}

/** All strings anywhere in a JSON value (for "no raw markdown/links" checks). */
export function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) allStrings(v, out);
  return out;
}
