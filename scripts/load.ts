/**
 * `npm run load` — nothing lost under load.
 *
 *   npm run load -- [--requests 4000] [--concurrency 200] [--max-seconds 120] [--data DIR] [--fresh-connections]
 *
 * Starts the real server (startServer: Bolt's HTTP receiver, botbuilder's CloudAdapter) on loopback in this process;
 * a forked client process runs the local fakes of its far ends (Slack Web API + response_url, Bot Framework
 * connector) and sends signed Slack slash commands and Teams message activities, interleaved, `concurrency` in flight at a time, until `requests` are sent or the time
 * bound is hit. Each request carries its own id (Slack: its response_url; Teams: its activity id, which the reply
 * names as replyToId), so every reply is matched to its request. Counts: acked in time (Slack's 3 s), ack latency,
 * replies delivered exactly once / lost / duplicated / unknown, errors, memory before and after.
 * Exit code 1 when anything was lost, duplicated, late or failed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchConfig, signedSlackHeaders, slashCommandBody, startFarEnd, teamsMessage } from '../bench/lib/far-end.js';
import { memoryMB, percentiles } from '../bench/lib/stats.js';
import { createLogger } from '../src/log.js';
import { startServer } from '../src/server/app.js';

const argv = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
};
const dataArg = argv.indexOf('--data');
const dataDir = resolve(dataArg >= 0 ? (argv[dataArg + 1] ?? 'index-data') : fileURLToPath(new URL('../index-data', import.meta.url)));
const total = opt('requests', 4000);
const concurrency = opt('concurrency', 200);
const maxSeconds = opt('max-seconds', 120);
const ACK_LIMIT_MS = 3000;

const QUESTIONS = [
  'what is the grade for Production Coordinator?',
  'compare Production Specialist II vs Production Coordinator',
  'similar Information Systems Technician II',
  "fit BS in Computer Science, 18 months production support",
  "which classes need a driver's license?",
  'what does Production Specialist II pay per hour?',
  'search password resets',
  'help',
  'what education does the IT help desk coordinator need?',
  'probation period PS II',
];


type Channel = 'slack' | 'teams';
interface Sent {
  channel: Channel;
  id: string;
  status: number;
  ms: number;
  error?: string;
}
type Tally = ReturnType<typeof tally>;
type ClientMessage = { farEnd: { slackApiUrl: string } } | { warm: true } | { done: { figures: Tally[]; sendSeconds: number; sent: number; errorsSeen: string[]; slow: number[] } };

if (process.env.CLASSBOT_LOAD_ROLE === 'client') await client();
else await main();

/** Server side: this process runs only the server, so its memory and CPU are the server's. */
async function main(): Promise<void> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), process.argv.slice(2), {
    env: { ...process.env, CLASSBOT_LOAD_ROLE: 'client' },
    execArgv: process.execArgv,
  });
  const next = <T extends ClientMessage>(): Promise<T> => once(child, 'message').then(([m]) => m as T);
  const { farEnd } = await next<{ farEnd: { slackApiUrl: string } }>();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'silent' });
  const server = await startServer({ config: benchConfig(farEnd, dataDir), logger });
  child.send({ serverUrl: server.url });
  await next<{ warm: true }>();
  const memBefore = memoryMB();
  child.send({ go: true });
  const { done } = await next<{ done: { figures: Tally[]; sendSeconds: number; sent: number; errorsSeen: string[]; slow: number[] } }>();
  const memAfter = memoryMB();
  await server.close();
  child.kill();

  const { figures, sendSeconds, sent } = done;
  console.log(
    `classbot load: ${sent} requests (${figures[0]!.sent} Slack slash commands, ${figures[1]!.sent} Teams messages), ` +
      `${concurrency} concurrent (${argv.includes('--fresh-connections') ? 'a new connection per request' : 'keep-alive connections'}), sent in ${sendSeconds.toFixed(1)} s (${Math.round(sent / sendSeconds)} req/s), corpus ${dataDir}`,
  );
  console.table(figures);
  console.log(
    `server memory: heap ${memBefore.heapMB} → ${memAfter.heapMB} MB, RSS ${memBefore.rssMB} → ${memAfter.rssMB} MB (after GC)` +
      (done.errorsSeen.length ? `\nerrors: ${done.errorsSeen.join('; ')}` : '') +
      (process.env.LOAD_DEBUG ? `\nslow acks (s): ${JSON.stringify(done.slow)}` : ''),
  );
  const bad = figures.some((f) => f.lost || f.duplicated || f.unknown || f.errors || (f.channel === 'slack' && f.ackedLate));
  console.log(bad ? 'RESULT: something was lost, duplicated, late or failed' : 'RESULT: every request acknowledged in time, every reply delivered exactly once');
  process.exitCode = bad ? 1 : 0;
}

/** Client side: the far-end fakes and the senders, in their own process (their CPU does not count as the server's). */
async function client(): Promise<void> {
  const farEnd = await startFarEnd();
  const send = (m: ClientMessage) => process.send!(m);
  const nextMessage = <T>(): Promise<T> => once(process, 'message').then(([m]) => m as T);
  send({ farEnd: { slackApiUrl: farEnd.slackApiUrl } });
  const { serverUrl } = await nextMessage<{ serverUrl: string }>();
  let seq = 0;

  // node:http rather than fetch, so the connection policy is explicit: keep-alive (as a busy client would) or,
  // with --fresh-connections, one connection per request.
  const agent = argv.includes('--fresh-connections') ? false : new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const post = (path: string, headers: Record<string, string>, body: string) =>
    new Promise<number>((resolveStatus, reject) => {
      const req = http.request(`${serverUrl}${path}`, { method: 'POST', headers, agent }, (res) => {
        res.resume();
        res.on('end', () => resolveStatus(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.setTimeout(60_000, () => req.destroy(new Error('no response in 60 s')));
      req.on('error', reject);
      req.end(body);
    });

  async function sendOne(channel: Channel, id: string, question: string): Promise<Sent> {
    const t = performance.now();
    try {
      let status: number;
      if (channel === 'slack') {
        const body = slashCommandBody(question, farEnd.responseUrl(id), seq);
        status = await post('/slack/events', signedSlackHeaders(body), body);
      } else {
        status = await post('/api/messages', { 'content-type': 'application/json' }, JSON.stringify(teamsMessage(question, farEnd.serviceUrl, id)));
      }
      return { channel, id, status, ms: performance.now() - t };
    } catch (error) {
      return { channel, id, status: 0, ms: performance.now() - t, error: (error as Error).message };
    }
  }

  // Warm up (JIT, connection pools) before the server's memory is measured.
  for (let i = 0; i < 20; i++) await sendOne(i % 2 === 0 ? 'slack' : 'teams', `warm${i}`, QUESTIONS[i % QUESTIONS.length] as string);
  // Keep-alive: open all `concurrency` connections now, one request each. Opened at the start of the measured run
  // instead, they would race a server already saturated by the first ones: libuv (Node 20) accepts one connection
  // per event-loop turn, and under this closed-loop load a turn is ~0.3 s of requests on the connections already
  // accepted, so the last connections were accepted (and their first requests acked) up to the end of the run.
  const pool = agent ? concurrency : 0;
  await Promise.all(Array.from({ length: pool }, (_, i) => sendOne(i % 2 === 0 ? 'slack' : 'teams', `open${i}`, 'help')));
  await waitFor(() => farEnd.slackReplies.size + farEnd.teamsReplies.size >= 20 + pool, 10_000);
  farEnd.reset();
  send({ warm: true });
  await nextMessage<{ go: true }>();

  const sent: Sent[] = [];
  const started = performance.now();
  const deadline = Date.now() + maxSeconds * 1000;
  const worker = async () => {
    while (seq < total && Date.now() < deadline) {
      const n = seq++;
      const channel: Channel = n % 2 === 0 ? 'slack' : 'teams';
      sent.push(await sendOne(channel, `${channel === 'slack' ? 's' : 't'}${n}`, QUESTIONS[n % QUESTIONS.length] as string));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const sendSeconds = (performance.now() - started) / 1000;
  const expected = (channel: Channel) => sent.filter((s) => s.channel === channel && acked(s)).length;
  await waitFor(() => farEnd.slackReplies.size >= expected('slack') && farEnd.teamsReplies.size >= expected('teams'), 30_000);
  await new Promise((r) => setTimeout(r, 500)); // late duplicates would arrive now
  const figures = [tally('slack', sent, farEnd.slackReplies), tally('teams', sent, farEnd.teamsReplies)];
  const errorsSeen = [...new Set(sent.filter((s) => !acked(s)).map((s) => s.error ?? `HTTP ${s.status}`))].slice(0, 5);
  const slow = sent.filter((s) => s.ms > 1000).map((s) => Math.round(s.ms / 100) / 10).sort((a, b) => a - b);
  send({ done: { figures, sendSeconds, sent: sent.length, errorsSeen, slow } });
  await farEnd.close();
  process.exit(0);
}

function acked(s: Sent): boolean {
  return s.status >= 200 && s.status < 300;
}

function tally(channel: Channel, sent: Sent[], replies: Map<string, number>) {
  const mine = sent.filter((s) => s.channel === channel);
  const ids = new Set(mine.filter(acked).map((s) => s.id));
  let once = 0;
  let lost = 0;
  let duplicated = 0;
  for (const id of ids) {
    const n = replies.get(id) ?? 0;
    if (n === 1) once++;
    else if (n === 0) lost++;
    else duplicated++;
  }
  const unknown = [...replies.keys()].filter((id) => !ids.has(id)).length;
  const ack = percentiles(mine.map((s) => s.ms));
  return {
    channel,
    sent: mine.length,
    acked: mine.filter(acked).length,
    ackedLate: mine.filter((s) => acked(s) && s.ms > ACK_LIMIT_MS).length,
    errors: mine.filter((s) => !acked(s)).length,
    ackP50: ack.p50,
    ackP99: ack.p99,
    ackMax: ack.max,
    repliesOnce: once,
    lost,
    duplicated,
    unknown,
  };
}

async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
}
