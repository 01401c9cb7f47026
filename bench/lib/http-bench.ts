/**
 * HTTP throughput and latency of /api/messages (Teams) and /slack/events (Slack slash command) on loopback, with
 * autocannon, against the real server (startServer) whose far ends are local fakes (bench/lib/far-end.ts).
 * Slack: the HTTP response is the ack; the answer goes to response_url afterwards. Teams: botbuilder answers the
 * HTTP request after the reply has been posted to the connector, so its latency includes the whole turn.
 */
import autocannon from 'autocannon';
import type { Engine } from '../../src/engine/engine.js';
import { createLogger } from '../../src/log.js';
import { startServer } from '../../src/server/app.js';
import { benchConfig, signedSlackHeaders, slashCommandBody, startFarEnd, teamsMessage } from './far-end.js';

export interface HttpRun {
  endpoint: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  repliesDelivered: number;
  repliesLost: number;
  duplicates: number;
}

async function settle(count: () => number, target: number, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (count() < target && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}

export async function httpBench(engine: Engine, opts: { seconds: number; connections: number; questions: string[] }): Promise<HttpRun[]> {
  const farEnd = await startFarEnd();
  const server = await startServer({ config: benchConfig(farEnd), engine, logger: createLogger({ level: 'silent' }) });
  const runs: HttpRun[] = [];
  try {
    let n = 0;
    const question = () => opts.questions[n % opts.questions.length] ?? 'help';

    // Teams: one unique activity id per request; replies are matched to it by replyToId.
    const teams = await autocannon({
      url: server.url,
      connections: opts.connections,
      duration: opts.seconds,
      timeout: 20,
      requests: [
        {
          method: 'POST',
          path: '/api/messages',
          setupRequest: (req) => {
            const id = `t${++n}`;
            return { ...req, headers: { 'content-type': 'application/json' }, body: JSON.stringify(teamsMessage(question(), farEnd.serviceUrl, id)) };
          },
        },
      ],
    });
    await settle(() => sum(farEnd.teamsReplies), teams['2xx']);
    runs.push(summarise('/api/messages', teams, opts, farEnd.teamsReplies));
    farEnd.reset();

    const slack = await autocannon({
      url: server.url,
      connections: opts.connections,
      duration: opts.seconds,
      timeout: 20,
      requests: [
        {
          method: 'POST',
          path: '/slack/events',
          setupRequest: (req) => {
            const id = `s${++n}`;
            const body = slashCommandBody(question(), farEnd.responseUrl(id), n);
            return { ...req, headers: signedSlackHeaders(body), body };
          },
        },
      ],
    });
    await settle(() => sum(farEnd.slackReplies), slack['2xx']);
    runs.push(summarise('/slack/events', slack, opts, farEnd.slackReplies));
  } finally {
    await server.close();
    await farEnd.close();
  }
  for (const r of runs) process.stderr.write(`  ${r.endpoint}: ${r.rps} req/s, p99 ${r.p99} ms, lost ${r.repliesLost}, dup ${r.duplicates}, errors ${r.errors + r.non2xx}\n`);
  return runs;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

function summarise(
  endpoint: string,
  r: Awaited<ReturnType<typeof autocannon>>,
  opts: { seconds: number; connections: number },
  replies: Map<string, number>,
): HttpRun {
  const delivered = replies.size;
  return {
    endpoint,
    connections: opts.connections,
    seconds: opts.seconds,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    repliesDelivered: delivered,
    repliesLost: Math.max(0, r['2xx'] - delivered),
    duplicates: [...replies.values()].filter((v) => v > 1).length,
  };
}
