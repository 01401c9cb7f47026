/**
 * Property tests: whatever the engine answers (any kind, any size, any text), every page of its
 * Teams card parses cleanly with the adaptivecards library and stays under the size budget; and
 * whatever JSON is posted to /api/messages, the server answers without a 5xx.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_BYTE_BUDGET, byteSize, parseCardData, renderAnswerCard } from '../../adapters/teams/cards/index.js';
import { message } from './helpers/activities.js';
import { answer } from './helpers/arbitraries.js';
import { parseCard } from './helpers/adaptive.js';
import { startFakeConnector, type FakeConnector } from './helpers/connector.js';
import { realEngine, startTestServer, type TestServer } from './helpers/server.js';

describe('any answer renders as valid, size-bounded cards', () => {
  it('every page parses without errors and stays under the budget; Show more walks all pages', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const request = { text: 'q' };
        for (let page = 1; ; page++) {
          const card = renderAnswerCard(a, { request, page }) as { actions?: { title: string; data: unknown }[] };
          expect(byteSize(card)).toBeLessThanOrEqual(CARD_BYTE_BUDGET);
          expect(parseCard(card).errors).toEqual([]);
          const more = card.actions?.find((x) => x.title === 'Show more');
          if (!more) break;
          expect(parseCardData(more.data)).toEqual({ classbot: 'more', request, page: page + 1 });
          expect(page).toBeLessThan(200);
        }
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});

describe('/api/messages never answers 5xx', () => {
  let connector: FakeConnector;
  let server: TestServer;
  beforeAll(async () => {
    connector = await startFakeConnector();
    server = await startTestServer({ engine: await realEngine() });
  });
  afterAll(async () => {
    await server?.close();
    await connector?.close();
  });

  it('for arbitrary JSON bodies and odd activities', async () => {
    const base = message('help', { serviceUrl: 'http://127.0.0.1:9/' });
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record({ type: fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'event', 'typing', 'bogus'), name: fc.option(fc.constantFrom('composeExtension/query', 'adaptiveCard/action', 'task/fetch', 'x'), { nil: undefined }), value: fc.jsonValue(), text: fc.option(fc.string(), { nil: undefined }) }).map((o) => ({ ...base, serviceUrl: connector.serviceUrl, ...o })),
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await server.post(b);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 80, seed: 20261123 },
    );
  });
});
