/**
 * End to end in a real browser: Debian's Chromium driven by playwright-core opens the playground served by the
 * real server (real engine over the seed specs), asks a question, sees the Adaptive Card rendered by the
 * adaptivecards library and the Slack Block Kit preview, clicks follow-up buttons in both, and cannot be
 * tricked into running injected markup. A screenshot goes to /tmp/classbot-playground.png.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const SCREENSHOT = '/tmp/classbot-playground.png';

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does this)`);
  [server, browser] = await Promise.all([startTestServer({ logLevel: 'warn' }), chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS })]);
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.text())) pageErrors.push(m.text());
  });
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const teams = () => page.locator('#teams-card');
const slack = () => page.locator('#slack-preview');

async function ask(text: string) {
  await page.fill('#question', text);
  await page.press('#question', 'Enter');
}

/** Wait until both panes show an answer whose title contains `title`. */
async function answered(title: string | RegExp) {
  await expect.poll(() => page.locator('#status').textContent(), { timeout: 15_000 }).toMatch(typeof title === 'string' ? new RegExp(`Answer: .*${escape(title)}`) : title);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the playground in a browser', { timeout: 60_000 }, () => {
  it('is an accessible page: labelled input, example chips, three labelled panes', async () => {
    expect(await page.title()).toBe('classbot playground');
    expect(await page.getByLabel('Question, comparison or candidate profile').count()).toBe(1);
    expect(await page.locator('.chip').count()).toBeGreaterThanOrEqual(5);
    for (const name of ['Microsoft Teams', 'Slack', 'Raw JSON']) expect(await page.getByRole('heading', { name: new RegExp(name) }).count()).toBe(1);
  });

  it('asks a comparison and shows the rendered Adaptive Card, the Slack preview and the JSON', async () => {
    await ask('compare Production Specialist II vs Production Coordinator');
    await answered('Production Specialist II');

    // Teams: the adaptivecards library rendered the card (its own DOM, with the spec titles and action buttons).
    const card = teams().locator('.ac-adaptiveCard');
    await card.waitFor();
    expect(await card.textContent()).toContain('Production Coordinator');
    expect(await teams().locator('.ac-pushButton').count()).toBeGreaterThan(0);
    expect(await teams().locator('.render-error').count()).toBe(0);

    // Slack: header, sections with fields, context, buttons.
    expect(await slack().locator('.sk-header').first().textContent()).toMatch(/Production Specialist II/);
    expect(await slack().locator('.sk-fields').count()).toBeGreaterThan(0);
    expect(await slack().locator('.sk-context').count()).toBeGreaterThan(0);
    expect(await slack().locator('.sk-actions .sk-button').count()).toBeGreaterThan(0);

    // Raw JSON of the answer model.
    expect(await page.locator('#raw-json pre').first().textContent()).toContain('"kind": "comparison"');
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(pageErrors, pageErrors.join("\n")).toEqual([]);
  });

  it('a Slack follow-up button runs through /api/run and shows the new answer in both panes', async () => {
    const button = slack().locator('.sk-actions .sk-button', { hasText: /Similar/ }).first();
    const label = (await button.textContent()) ?? '';
    await button.click();
    await answered(/Answer: /);
    await expect.poll(() => slack().locator('.sk-header').first().textContent(), { timeout: 15_000 }).not.toMatch(/^Compare/);
    const header = (await slack().locator('.sk-header').first().textContent()) ?? '';
    expect(header.toLowerCase()).toContain('similar');
    expect(await teams().locator('.ac-adaptiveCard').textContent()).toContain(header.replace(/ \(continued\)$/, '').slice(0, 20));
    expect(label).toMatch(/Similar/);
  });

  it('a Teams card button runs its action too', async () => {
    await ask('compare Production Specialist II vs Production Coordinator');
    await answered('Production Specialist II');
    const before = await slack().locator('.sk-header').first().textContent();
    const button = teams().locator('.ac-pushButton', { hasText: /Similar/ }).first();
    await button.click();
    await expect.poll(() => slack().locator('.sk-header').first().textContent(), { timeout: 15_000 }).not.toBe(before);
    expect(pageErrors, pageErrors.join("\n")).toEqual([]);
  });

  it('"Check a candidate" without a profile shows the Teams form, whose submit returns the verdicts', async () => {
    await page.click('.chip[data-example^="compare"]');
    await answered('Production Specialist II');
    await teams().locator('.ac-pushButton', { hasText: /candidate|fit/i }).first().click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 15_000 }).toMatch(/Fill in/);
    // Fill the real Adaptive Card form (rendered inputs) and submit it.
    await teams().locator('#eduLevel select').selectOption('bachelor');
    await teams().locator('#eduField input').fill('Computer Science');
    await teams().locator('#exp1Area input').fill('production support');
    // The adaptivecards JS renderer treats an empty Input.Number that has min/max as invalid (valueAsNumber is NaN)
    // and refuses to submit, as Teams' web client would: fill every number.
    for (const [id, years] of [['exp1Years', '2'], ['exp2Years', '0'], ['exp3Years', '0']]) await teams().locator(`#${id} input`).fill(years!);
    await teams().locator('.ac-pushButton', { hasText: /Check/ }).first().click();
    await expect.poll(() => page.locator('#raw-json pre').first().textContent(), { timeout: 15_000 }).toContain('"kind": "fit"');
    expect(await slack().locator('.sk-header').count()).toBe(1);
  });

  it('the Slack pane shows the qualification modal: validated like Slack, then the verdicts', async () => {
    await page.click('.chip[data-example^="compare"]');
    await answered('Production Specialist II');
    await slack().locator('.sk-button', { hasText: /candidate/i }).first().click();
    const modal = slack().locator('form.sk-modal');
    await modal.waitFor();
    expect(await modal.locator('.sk-modal-title').textContent()).toBe('Qualification check');
    // Submitting without the one required field: the error shows on that block, as response_action "errors" would.
    await modal.locator('.sk-modal-foot .sk-primary').click();
    await expect.poll(() => modal.locator('.sk-error').allTextContents(), { timeout: 15_000 }).toContain('Choose the highest level of education.');
    // That 400 was the expected answer; the browser logs it as a failed resource.
    expect(pageErrors.splice(0)).toEqual([expect.stringContaining('status of 400')]);
    await modal.getByLabel('Highest education').selectOption('bachelor');
    await modal.getByLabel('Field of study').fill('Computer Science');
    await modal.getByLabel('Experience 1: area').fill('production support');
    await modal.getByLabel('Experience 1: how long').fill('2 years');
    await modal.locator('.sk-modal-foot .sk-primary').click();
    await expect.poll(() => page.locator('#raw-json pre').first().textContent(), { timeout: 15_000 }).toContain('"kind": "fit"');
    expect(await slack().locator('.sk-header').first().textContent()).toMatch(/Qualification check/);
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });

  it('a long answer pages in each pane: Slack "See the rest" and Teams "Show more"', async () => {
    await ask('compare Production Specialist II vs Production Coordinator vs I.T. Help Desk Coordinator vs Information Systems Technician II (Provo City)');
    await answered('Compare');
    const more = slack().locator('.sk-button', { hasText: /See the rest/ });
    expect(await more.count(), 'a four-way comparison does not fit one Slack message').toBe(1);
    await more.click();
    await expect.poll(() => slack().locator('.sk-header').first().textContent(), { timeout: 15_000 }).toMatch(/Part 2 of/);
    const teamsMore = teams().locator('.ac-pushButton', { hasText: /Show more/ });
    expect(await teamsMore.count(), 'nor one Teams card').toBe(1);
    await teamsMore.click();
    await expect.poll(() => teams().textContent(), { timeout: 15_000 }).toMatch(/part 2 of/i);
    // Each pane pages on its own: the Slack pane stayed on its second part.
    expect(await slack().locator('.sk-header').first().textContent()).toMatch(/Part 2 of/);
  });

  it('the Slack preview turns mrkdwn into safe DOM: formatting, http(s) links only, mentions as text', async () => {
    const html = await page.evaluate(() => {
      const preview = (window as unknown as { SlackPreview: { message(blocks: object[], on: () => void): HTMLElement } }).SlackPreview;
      const text = '*Grade* _14_ ~old~ `code` <https://example.gov/spec|the spec> <javascript:alert(1)|click> <!channel> <@U123> &lt;script&gt;alert(1)&lt;/script&gt; &amp; :white_check_mark:\n&gt; quoted';
      const node = preview.message([{ type: 'section', text: { type: 'mrkdwn', text } }], () => {});
      return node.querySelector('.sk-mrkdwn')!.innerHTML;
    });
    expect(html).toContain('<strong>Grade</strong>');
    expect(html).toContain('<em>14</em>');
    expect(html).toContain('<s>old</s>');
    expect(html).toContain('<code class="sk-code">code</code>');
    expect(html).toMatch(/<a class="sk-link" href="https:\/\/example\.gov\/spec" target="_blank" rel="noopener noreferrer">the spec<\/a>/);
    expect(html).not.toContain('javascript:');
    expect(html).toMatch(/<\/a> click <span/); // the label of a non-http link, as plain text
    expect(html).toContain('<span class="sk-mention">@channel</span>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(html).not.toContain('<script');
    expect(html).toContain('<blockquote class="sk-quote">quoted</blockquote>');
    expect(html).toContain('✅');
  });

  it('the Slack preview shows plain_text verbatim, as Slack does (classbot sends it raw), and decodes mrkdwn entities', async () => {
    const shown = await page.evaluate(() => {
      const preview = (window as unknown as { SlackPreview: { message(blocks: object[], on: () => void): HTMLElement } }).SlackPreview;
      const node = preview.message(
        [
          { type: 'header', text: { type: 'plain_text', text: 'R&D <Ops> &amp; more' } },
          { type: 'section', text: { type: 'mrkdwn', text: 'R&amp;D &lt;Ops&gt;' } },
          { type: 'actions', elements: [{ type: 'button', action_id: 'b', value: 'v', text: { type: 'plain_text', text: 'Compare with R&D <Ops>' } }] },
        ],
        () => {},
      );
      return { header: node.querySelector('.sk-header')!.textContent, section: node.querySelector('.sk-mrkdwn')!.textContent, button: node.querySelector('.sk-button')!.textContent };
    });
    expect(shown).toEqual({ header: 'R&D <Ops> &amp; more', section: 'R&D <Ops>', button: 'Compare with R&D <Ops>' });
  });

  it('escapes everything: typed markup is shown as text and never runs', async () => {
    const attack = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> *bold* <!channel> <https://evil.example|click>';
    await ask(attack);
    await answered(/Answer: /);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#answers img[src="x"], #answers script').count()).toBe(0);
    expect(await page.locator('#answers a[href^="https://evil"]').count()).toBe(0);
    // The raw JSON shows the text as typed (escaped on screen, not interpreted).
    const raw = (await page.locator('#raw-json').textContent()) ?? '';
    expect(raw).not.toContain('__pwned=2</script>x');
    expect(pageErrors, pageErrors.join("\n")).toEqual([]);
  });
});
