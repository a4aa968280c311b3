/**
 * Installing Relais in many Slack workspaces with OAuth (Bolt's InstallProvider on Relais'
 * encrypted installations): /slack/install → Slack's consent page → /slack/oauth_redirect with
 * the code; the workspace's token is stored encrypted and used for that workspace's events;
 * uninstalling forgets it.
 */
import { getInstallation, saveInstallation } from "@relais/core/installations/installations";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import { directMessage, eventCallback, postSigned, TEST_SIGNING_SECRET } from "./slack-requests.ts";

let fake: FakeSlack;
let t: TestApi;

beforeAll(async () => {
  fake = await startFakeSlack();
  t = await startTestApi({
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_CLIENT_ID: "1234.5678",
    SLACK_CLIENT_SECRET: "client-secret",
    SLACK_STATE_SECRET: "a-state-secret-of-24-chars",
    SLACK_API_URL: fake.apiUrl,
  });
});

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe("Slack OAuth installation", () => {
  it("refreshes a rotating token about to expire before using it, and stores the new one encrypted", async () => {
    const ctx = t.api.relais.installations;
    await saveInstallation(ctx, {
      provider: "slack",
      workspaceId: "T0ROTATE",
      credentials: {
        team: { id: "T0ROTATE", name: "Rotating team" },
        enterprise: undefined,
        isEnterpriseInstall: false,
        authVersion: "v2",
        appId: "A0RELAIS",
        tokenType: "bot",
        bot: {
          token: "xoxb-expiring",
          refreshToken: "xoxe-1-old1",
          expiresAt: Math.floor(Date.now() / 1000) + 60,
          scopes: ["chat:write"],
          id: "B0BOT",
          userId: "U0BOT",
        },
        user: { id: "U0ADMIN", token: undefined, scopes: undefined },
      },
    });
    await postSigned(`${t.url}/slack/events`, directMessage("aide", { team: "T0ROTATE", user: "U0ROT", channel: "D0ROT" }));
    const answer = await fake.waitFor("chat.postMessage", (call) => call.args.channel === "D0ROT");
    expect(answer.token).toBe("xoxb-rotated-old1");
    expect(
      fake.callsTo("oauth.v2.access").some((call) => call.args.grant_type === "refresh_token" && call.args.refresh_token === "xoxe-1-old1"),
    ).toBe(true);
    const stored = await getInstallation(ctx, "slack", "T0ROTATE");
    const bot = (stored?.credentials.bot ?? {}) as { token?: string; expiresAt?: number };
    expect(bot.token).toBe("xoxb-rotated-old1");
    expect(bot.expiresAt).toBeGreaterThan(Math.floor(Date.now() / 1000) + 40_000);
  });

  it("installs in a workspace, keeps its token encrypted, answers its members with it, and forgets it on uninstall", async () => {
    const start = await fetch(`${t.url}/slack/install`, { redirect: "manual" });
    expect(start.status).toBe(302);
    const consent = new URL(start.headers.get("location") ?? "");
    expect(consent.pathname).toBe("/oauth/v2/authorize");
    expect(consent.searchParams.get("client_id")).toBe("1234.5678");
    expect(consent.searchParams.get("scope")).toContain("chat:write");
    const state = consent.searchParams.get("state") ?? "";
    const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

    // A forged callback (no state cookie) installs nothing.
    const forged = await fetch(`${t.url}/slack/oauth_redirect?code=t0second&state=${encodeURIComponent(state)}`, { redirect: "manual" });
    expect(forged.status).toBeGreaterThanOrEqual(400);
    expect(await t.core.db.prisma.channelInstallation.count({ where: { workspaceId: "T0SECOND" } })).toBe(0);

    const callback = await fetch(`${t.url}/slack/oauth_redirect?code=t0second&state=${encodeURIComponent(state)}`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(callback.status).toBe(200);
    const row = await t.core.db.prisma.channelInstallation.findUniqueOrThrow({
      where: { provider_workspaceId: { provider: "slack", workspaceId: "T0SECOND" } },
    });
    expect(row.secret).not.toContain("xoxb-t0second");
    expect(row.metadata).toMatchObject({ teamName: "Installed team" });

    const who = { team: "T0SECOND", user: "U0ANA", channel: "D0ANA" };
    await postSigned(`${t.url}/slack/events`, directMessage("aide", who));
    const answer = await fake.waitFor("chat.postMessage", (call) => call.args.channel === "D0ANA");
    expect(answer.token).toBe("xoxb-t0second");

    // A workspace that never installed the app gets nothing.
    await postSigned(`${t.url}/slack/events`, directMessage("aide", { team: "T0NEVER", user: "U0X", channel: "D0X" }));

    const uninstalled = eventCallback({ type: "app_uninstalled", event_ts: "1764400000.000100" }, { team: "T0SECOND", user: "U0ANA" });
    expect((await postSigned(`${t.url}/slack/events`, uninstalled)).status).toBe(200);
    await t.channels.slack?.idle();
    expect(await t.core.db.prisma.channelInstallation.count({ where: { workspaceId: "T0SECOND" } })).toBe(0);
    await postSigned(`${t.url}/slack/events`, directMessage("aide", who));
    await t.channels.slack?.idle();
    expect(fake.callsTo("chat.postMessage").filter((call) => call.args.channel === "D0ANA")).toHaveLength(1);
    expect(fake.callsTo("chat.postMessage").filter((call) => call.args.channel === "D0X")).toHaveLength(0);
  });
});
