/**
 * The fit form as a client sees it: rendered by the real `adaptivecards` renderer
 * (adaptivecards/dist/adaptivecards.js, the same validation Teams clients apply) in Debian's Chromium,
 * filled with ONE experience row, then validated with the Check action's own `validateInputs()` and
 * clicked. Empty optional rows must not block the submit (an empty Input.Number with a `min` is
 * invalid to the renderer: NaN >= min is false).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCardData, profileFromForm, renderFitFormCard } from '../../adapters/teams/cards/index.js';
import { PC, PS2 } from './helpers/answers.js';

const CHROMIUM = '/usr/bin/chromium';
const ADAPTIVECARDS = createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.js');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="host"></div></body></html>');
  await page.addScriptTag({ path: ADAPTIVECARDS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

interface Outcome {
  /** Ids of the inputs the Check action's validateInputs() rejected. */
  invalid: string[];
  /** The data the renderer hands to the host when Check is clicked (undefined: it refused). */
  submitted: Record<string, unknown> | undefined;
}

/** Render `card`, type `values` into its inputs as a user would, validate and click Check. */
async function fillAndCheck(card: unknown, values: Record<string, string>): Promise<Outcome> {
  await page.evaluate(
    ({ card, values }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const AC = (window as any).AdaptiveCards;
      const adaptive = new AC.AdaptiveCard();
      adaptive.parse(card);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const w = window as any;
      w.submitted = undefined;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      adaptive.onExecuteAction = (action: any) => {
        w.submitted = action.data;
      };
      const host = document.getElementById('host')!;
      host.replaceChildren(adaptive.render());
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      for (const input of adaptive.getAllInputs() as any[]) {
        const value = values[input.id];
        if (value === undefined) continue;
        const control = input.renderedInputControlElement as HTMLInputElement;
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true }));
      }
      w.card = adaptive;
    },
    { card, values },
  );
  return page.evaluate(() => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const w = window as any;
    const check = w.card.getActionAt(0);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const invalid = (check.validateInputs() as any[]).map((i) => i.id as string);
    const button = Array.from(document.querySelectorAll<HTMLButtonElement>('#host button')).find((b) => b.textContent?.trim() === 'Check');
    button?.click();
    return { invalid, submitted: w.submitted };
  });
}

describe('the Teams fit form in the adaptivecards renderer', { timeout: 60_000 }, () => {
  const form = () => renderFitFormCard({ specs: [PC, PS2], submitId: 'sub-1' });

  it('submits with only the first experience row filled', async () => {
    const outcome = await fillAndCheck(form(), { exp1Area: 'production support', exp1Years: '2' });
    expect(outcome.invalid).toEqual([]);
    expect(outcome.submitted).toBeDefined();
    // What the renderer sends is what the bot reads.
    const data = parseCardData(outcome.submitted);
    expect(data).toMatchObject({ classbot: 'fit', submitId: 'sub-1', exp1Area: 'production support', exp1Years: '2' });
    expect(profileFromForm(data as Parameters<typeof profileFromForm>[0])?.experience).toEqual([{ area: 'production support', months: 24 }]);
  });

  it('submits with no experience at all (education only)', async () => {
    const outcome = await fillAndCheck(form(), { eduLevel: 'bachelor', eduField: 'Computer Science' });
    expect(outcome.invalid).toEqual([]);
    expect(outcome.submitted).toMatchObject({ eduLevel: 'bachelor', eduField: 'Computer Science' });
  });

  it('submits a form re-rendered with earlier values (the "incomplete" round trip)', async () => {
    const again = renderFitFormCard({ specs: [PC, PS2], submitId: 'sub-2', values: { eduLevel: 'none', exp2Area: 'help desk', exp2Years: '1' }, error: 'x' });
    const outcome = await fillAndCheck(again, {});
    expect(outcome.invalid).toEqual([]);
    expect(outcome.submitted).toMatchObject({ exp2Area: 'help desk', exp2Years: '1' });
  });
});
