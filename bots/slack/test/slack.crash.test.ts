/**
 * Acceptance 2's crash case with a real process: the Relais server (Slack over HTTP) runs as a
 * child process; a member's DM is answered through the outbox; the fake Slack carries out the
 * post but holds its answer, and the test kills the child with SIGKILL right then (posted on
 * Slack, not recorded in Relais). The server started again on the same data folder claims the
 * row once its lease has passed, finds its own post by the delivery key in the message
 * metadata (`conversations.history`) and records it: the member saw exactly one answer.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { loadConfig } from "@relais/core/config/index";
import { openDatabase } from "@relais/core/db/database";
import { afterAll, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../../core/test/database.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { directMessage, postSigned, TEST_SIGNING_SECRET } from "./slack-requests.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const serverScript = join(root, "bots/slack/test/slack-app-process.ts");
const dataDir = copyTemplateDataDir();
const children: ChildProcess[] = [];
let fake: FakeSlack | undefined;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await fake?.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

/** Starts the server process and resolves with its URL once it serves. */
async function startServerProcess(apiUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [serverScript], {
    cwd: root,
    env: {
      ...process.env,
      RELAIS_DATA_DIR: dataDir,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_API_URL: apiUrl,
      LEASE_MS: "1000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, "exit").then(([code, signal]) => {
    throw new Error(`the server process ended before serving (${code ?? signal})`);
  });
  const [line] = (await Promise.race([once(lines, "line"), exited])) as [string];
  return { child, url: (JSON.parse(line) as { url: string }).url };
}

it("the server killed between Slack taking the answer and recording it, then restarted: the member sees one answer", async () => {
  fake = await startFakeSlack();
  fake.addUser({ id: "U0ZOE", team_id: "T0RELAIS", name: "zoe", real_name: "Zoé Martin", locale: "fr-FR" });
  const dm = { team: "T0RELAIS", user: "U0ZOE", channel: "D0CRASH" };

  const first = await startServerProcess(fake.apiUrl);
  const held = fake.holdAnswer("chat.postMessage", (call) => call.args.channel === dm.channel);
  const event = await postSigned(`${first.url}/slack/events`, directMessage("aide", dm));
  expect(event.status).toBe(200);
  const post = await held;
  first.child.kill("SIGKILL");
  const [, signal] = await once(first.child, "exit");
  expect(signal).toBe("SIGKILL");
  expect(String(post.args.text)).toMatch(/sais faire/);

  const second = await startServerProcess(fake.apiUrl);
  // The restarted worker looks for its earlier post before posting again.
  await fake.waitFor("conversations.history", (call) => call.args.channel === dm.channel, 60_000);
  second.child.kill("SIGTERM");
  const [code] = await once(second.child, "exit");
  expect(code).toBe(0);

  expect(fake.callsTo("chat.postMessage").filter((call) => call.args.channel === dm.channel)).toEqual([post]);
  const db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: dataDir }).database, { migrate: false });
  try {
    const rows = await db.prisma.delivery.findMany({ where: { kind: "reply", channel: "slack" } });
    expect(rows.map((row) => ({ status: row.status, externalMessageId: row.externalMessageId, attempts: row.attempts }))).toEqual([
      { status: "sent", externalMessageId: post.result?.ts, attempts: 2 },
    ]);
  } finally {
    await db.close();
  }
}, 180_000); // two server processes each open the embedded database: slow on a loaded machine
