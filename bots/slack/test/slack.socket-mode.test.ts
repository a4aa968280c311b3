/**
 * Socket Mode (SLACK_APP_TOKEN): no public URL. Bolt's Socket Mode client opens its
 * connection through the Web API (`apps.connections.open`) and receives events over a
 * WebSocket, acknowledging each envelope; replies go out through the Web API as in HTTP mode.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { directMessage } from "./slack-requests.ts";

let fake: FakeSlack;
let t: TestApi;

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.addUser({ id: "U0ZOE", team_id: "T0RELAIS", name: "zoe", real_name: "Zoé Martin", locale: "fr-FR" });
  t = await startTestApi({ SLACK_BOT_TOKEN: "xoxb-test-token", SLACK_APP_TOKEN: "xapp-1-A0RELAIS-1-secret", SLACK_API_URL: fake.apiUrl });
  await fake.socketConnected();
});

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe("Slack in Socket Mode", () => {
  it("connects with the app token, acknowledges an event envelope and answers through the Web API", async () => {
    expect(fake.callsTo("apps.connections.open")[0]?.token).toBe("xapp-1-A0RELAIS-1-secret");
    const request = directMessage("aide", { team: "T0RELAIS", user: "U0ZOE", channel: "D0ZOE" });
    const ack = await fake.pushEvent(JSON.parse(request.rawBody));
    expect(ack.envelope_id).toMatch(/^env-/);
    const answer = await fake.waitFor("chat.postMessage", (call) => call.args.channel === "D0ZOE");
    expect(answer.token).toBe("xoxb-test-token");
    expect(String(answer.args.text)).toMatch(/sais faire/);
    // No HTTP webhook in Socket Mode: nothing listens on /slack/events.
    const http = await fetch(`${t.url}/slack/events`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(http.status).toBe(404);
  });
});
