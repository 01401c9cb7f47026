/** Input limits and cleanup applied to every request before routing. */
import { cleanInput } from './text.js';

/** Longest text the engine reads (a question, a comparison, a résumé-like profile). */
export const MAX_INPUT_CHARS = 2000;

export function limitInput(raw: string, max = MAX_INPUT_CHARS): { text: string; notes: string[] } {
  const notes: string[] = [];
  let text = typeof raw === 'string' ? raw : '';
  if (text.length > max * 4) text = text.slice(0, max * 4); // bound the cleanup work too
  text = cleanInput(text);
  if (text.length > max) {
    const cut = text.slice(0, max);
    const at = cut.lastIndexOf(' ');
    text = at > max * 0.8 ? cut.slice(0, at) : cut;
    notes.push(`Your message was long, so only its first ${max.toLocaleString('en-US')} characters were read.`);
  }
  return { text, notes };
}
