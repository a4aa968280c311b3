/**
 * The adapter contract kit (bots/contract) run against Teams: the real Agents SDK CloudAdapter
 * on a test Relais with TEAMS_APP_ID set, activities carrying Bot Framework tokens signed by a
 * key served from a local OpenID configuration (a "bad signature" is a forged token, a stale
 * one expired six minutes ago), answers posted to the local fake Bot Connector.
 */
import { LIMITS } from "@relais/core/assistant/reply-limits";
import { afterAll } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { adapterContract } from "../../contract/adapter-contract.ts";
import { fallbackTextOf, renderReply, type TeamsMessage, teamsViolations } from "../src/render.ts";
import { type FakeConnector, startFakeConnector } from "./fake-connector.ts";
import { type FakeEntra, startFakeEntra } from "./fake-entra.ts";
import { type FakeOpenId, startFakeOpenId } from "./fake-openid.ts";
import { BOT_ID, BOT_NAME, type Member, personalConversationOf, personalMessage, TENANT } from "./teams-activities.ts";

const APP_ID = "5d7c2a2e-1c54-4d7a-9a47-0c1d9b8f3e21";
/** The kit's user names ("ct-alice") as Teams members. */
const memberOf = (user: string): Member => ({ id: `29:${user}`, aad: `aad-${user}`, name: user, locale: "fr-FR" });

let t: TestApi | undefined;
let connector: FakeConnector | undefined;
let openId: FakeOpenId | undefined;
let entra: FakeEntra | undefined;

afterAll(async () => {
  await t?.close();
  await connector?.close();
  await openId?.close();
  await entra?.close();
});

adapterContract(async () => {
  connector = await startFakeConnector();
  const fake = connector;
  openId = await startFakeOpenId(APP_ID, fake.serviceUrl);
  const keys = openId;
  // The app's own token: the SDK's MSAL client against a local Entra.
  entra = await startFakeEntra(TENANT, APP_ID);
  t = await startTestApi({
    TEAMS_APP_ID: APP_ID,
    TEAMS_APP_PASSWORD: "test-password",
    TEAMS_TENANT_ID: TENANT,
    TEAMS_OPENID_METADATA_URL: keys.metadataUrl,
  });
  const test = t;
  const port = test.api.relais.ports.get("teams");
  if (!port) throw new Error("the Teams port is not registered");
  return {
    name: "teams",
    provider: "teams",
    limits: LIMITS.teams,
    inbound(message, options = {}) {
      const member = memberOf(message.user);
      const activity = personalMessage(message.text, member, fake.serviceUrl, {
        id: message.eventId,
        ...(message.fromBot ? { from: { id: BOT_ID, name: BOT_NAME } } : {}),
      });
      // The token is signed when the request is sent (Request bodies cannot wait for a promise).
      return new Request(`${test.url}/api/messages`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-contract-signature": options.signature ?? "good",
          "x-contract-age": String(options.ageSeconds ?? 0),
        },
        body: JSON.stringify(activity),
      });
    },
    async deliverInbound(request) {
      const token = await keys.sign({
        forged: request.headers.get("x-contract-signature") === "bad",
        ageSeconds: Number(request.headers.get("x-contract-age") ?? 0),
      });
      const headers = new Headers(request.headers);
      headers.set("authorization", `Bearer ${token}`);
      return fetch(request.url, { method: "POST", headers, body: await request.text() });
    },
    settle: async () => {
      await test.channels.teams?.idle();
      await test.api.assistant.idle();
    },
    accepted: () =>
      fake.messages().map((call) => ({ conversation: call.conversation, text: fallbackTextOf(call.activity as TeamsMessage) })),
    render: (reply) => renderReply(reply),
    nativeViolations: (payload) => teamsViolations(payload as TeamsMessage),
    fallbackText: (payload) => fallbackTextOf(payload as TeamsMessage),
    port,
    rateLimitNextSend: (seconds) => fake.failNext(429, { retryAfter: seconds }),
    rateLimited: () => fake.faultsServed(),
    prisma: test.core.db.prisma,
    externalIdOf: (user) => `${TENANT}:${memberOf(user).aad}`,
    directConversation: (user) => personalConversationOf(memberOf(user)),
  };
});
