/**
 * P9: Slack inbound → ack → reply. Members send signed `message.im` events (shaped and signed
 * as Slack does) to `POST /slack/events` of a running Relais with the demo community and the
 * local engine; the real Bolt receiver and Web API client answer to a local fake of Slack's
 * Web API. Measures the HTTP acknowledgement (Slack's deadline is 3 s; target p95 ≤ 300 ms)
 * and the time until the reply reaches the fake (`chat.postMessage`, sent by the delivery worker).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { pino } from "pino";
import { startServer } from "../api/src/server.ts";
import { startFakeSlack } from "../bots/slack/test/fake-slack.ts";
import { directMessage, postSigned, signedHeaders, TEST_SIGNING_SECRET } from "../bots/slack/test/slack-requests.ts";
import { loadConfig } from "../core/src/config/index.ts";
import { percentile } from "./machine.ts";

/** A client on its own thread: POSTs a request and answers how long until the response came back. */
function senderThread() {
  const worker = new Worker(
    `const { parentPort } = require("node:worker_threads");
     parentPort.on("message", async ({ url, headers, body }) => {
       const started = performance.now();
       const response = await fetch(url, { method: "POST", headers, body });
       const ms = performance.now() - started;
       await response.arrayBuffer();
       parentPort.postMessage({ ms, status: response.status });
     });`,
    { eval: true },
  );
  return {
    send(url: string, headers: Record<string, string>, body: string): Promise<{ ms: number; status: number }> {
      return new Promise((resolve) => {
        worker.once("message", resolve);
        worker.postMessage({ url, headers, body });
      });
    },
    close: () => worker.terminate(),
  };
}

export type SlackBench = {
  events: number;
  members: number;
  ackP50: number;
  ackP95: number;
  replyP50: number;
  replyP95: number;
  answered: number;
  non200: number;
};

const UTTERANCES = [
  "aide",
  "je cherche un vélo vers Lyon",
  "mes annonces",
  "looking for a guitar in Paris",
  "je cherche une perceuse pas chère",
  "mes matchs",
  "bonjour",
  "des missions React en remote",
];

export async function benchSlack(events = 200, members = 4, log: (line: string) => void = console.log): Promise<SlackBench> {
  const root = mkdtempSync(join(tmpdir(), "relais-bench-slack-"));
  const fake = await startFakeSlack();
  const config = loadConfig({
    RELAIS_DATA_DIR: join(root, "data"),
    RELAIS_DEMO_DATA: "true",
    LOG_LEVEL: "silent",
    HOST: "127.0.0.1",
    PORT: "0",
    RELAIS_ASSISTANT_ENGINE: "local",
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_API_URL: fake.apiUrl,
  });
  const running = await startServer(config, pino({ level: "silent" }));
  try {
    await running.ready;
    for (let m = 0; m < members; m++)
      fake.addUser({
        id: `U0BENCH${m}`,
        team_id: "T0BENCH",
        name: `bench${m}`,
        real_name: `Bench ${m}`,
        locale: m % 2 ? "en-GB" : "fr-FR",
      });
    const url = `${running.url}/slack/events`;
    // Warm-up: the classifier trains just after start; one answered turn per member.
    for (let m = 0; m < members; m++) {
      const channel = `D0BENCH${m}`;
      await postSigned(url, directMessage("bonjour", { team: "T0BENCH", user: `U0BENCH${m}`, channel }));
      await fake.waitFor("chat.postMessage", (call) => call.args.channel === channel, 60_000);
    }
    // Slack is another machine: the acknowledgement is timed by a client on its own thread, so a
    // turn running on the server's thread right after the ack does not delay the client reading it.
    const sender = senderThread();
    const acks: number[] = [];
    const replies: number[] = [];
    const { channels } = await running.ready;
    let non200 = 0;
    // One event at a time, members taking turns: each reply is timed alone, on a quiet machine.
    for (let i = 0; i < events; i++) {
      const m = i % members;
      const channel = `D0BENCH${m}`;
      const from = fake.calls.length;
      const request = directMessage(UTTERANCES[i % UTTERANCES.length] ?? "aide", { team: "T0BENCH", user: `U0BENCH${m}`, channel });
      const sentAt = Date.now();
      const ack = await sender.send(url, signedHeaders(request.rawBody, request.contentType), request.rawBody);
      acks.push(ack.ms);
      if (ack.status !== 200) non200++;
      await channels.slack?.idle();
      // The answer leaves through the delivery outbox: wait for it to reach Slack.
      const reply = await fake
        .waitFor("chat.postMessage", (call) => fake.calls.indexOf(call) >= from && call.args.channel === channel, 30_000)
        .catch(() => undefined);
      if (reply) replies.push(reply.at - sentAt);
    }
    await sender.close();
    const round = (x: number) => Math.round(x * 10) / 10;
    const a = acks.sort((x, y) => x - y);
    const r = replies.sort((x, y) => x - y);
    log(`  ${r.length}/${events} answered`);
    return {
      events,
      members,
      ackP50: round(percentile(a, 50)),
      ackP95: round(percentile(a, 95)),
      replyP50: round(percentile(r, 50)),
      replyP95: round(percentile(r, 95)),
      answered: r.length,
      non200,
    };
  } finally {
    await running.close();
    await fake.close();
    rmSync(root, { recursive: true, force: true });
  }
}

export function slackMarkdown(r: SlackBench): string {
  return [
    "## P9 — Slack: signed event → ack → reply posted",
    "",
    `${r.events} \`message.im\` events from ${r.members} members taking turns, one at a time (French and English: help, searches on the demo community, my listings, matches, missions), each signed as Slack signs it and sent to \`POST /slack/events\`; the real Bolt 5 receiver acknowledges, the local engine answers, the answer goes through the delivery outbox and the real Web API client posts it to a local fake of Slack's Web API. Embedded PGlite, loopback.`,
    "",
    "| events | ack p50 | ack p95 (target ≤ 300 ms) | reply posted p50 | reply posted p95 | answered | non-200 |",
    "|---|---|---|---|---|---|---|",
    `| ${r.events} | ${r.ackP50} ms | ${r.ackP95} ms | ${r.replyP50} ms | ${r.replyP95} ms | ${r.answered} | ${r.non200} |`,
    "",
    "The acknowledgement is sent once Bolt has checked the signature and parsed the event, before the turn runs, so it",
    "stays far inside Slack's 3-second deadline whatever the turn costs (it is timed by a client on another thread, as",
    "Slack is another machine); the reply time is the turn itself (dedupe, dialog state, the search, the Block Kit",
    "rendering), then the answer's outbox row committed and sent by the delivery worker (woken at once) with one Web API call.",
    "",
  ].join("\n");
}
