/**
 * Teams with TEAMS_APP_ID set: every activity must carry a Bot Framework token signed by a key
 * of the OpenID configuration Relais is pointed at (served here, with a key made in the test),
 * for our app id, unexpired, from the service URL it names. Missing, forged, expired,
 * wrong-audience, wrong-issuer and other-service tokens get 401 and nothing is done: no member
 * created, nothing sent. A good token is answered, and the answer carries our own token, which
 * the SDK's MSAL client got from a local Entra (client credentials) and keeps in its cache.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type FakeConnector, startFakeConnector } from "./fake-connector.ts";
import { type FakeEntra, startFakeEntra } from "./fake-entra.ts";
import { type FakeOpenId, startFakeOpenId } from "./fake-openid.ts";
import { type Member, personalConversationOf, personalMessage, postActivity, TENANT } from "./teams-activities.ts";

const APP_ID = "5d7c2a2e-1c54-4d7a-9a47-0c1d9b8f3e21";
let connector: FakeConnector;
let openId: FakeOpenId;
let entra: FakeEntra;
let t: TestApi;

beforeAll(async () => {
  connector = await startFakeConnector();
  openId = await startFakeOpenId(APP_ID, connector.serviceUrl);
  // The app's own token comes from (a local) Entra through the SDK's MSAL client.
  entra = await startFakeEntra(TENANT, APP_ID);
  t = await startTestApi({
    TEAMS_APP_ID: APP_ID,
    TEAMS_APP_PASSWORD: "test-password",
    TEAMS_TENANT_ID: TENANT,
    TEAMS_OPENID_METADATA_URL: openId.metadataUrl,
  });
});

afterAll(async () => {
  await t?.close();
  await connector?.close();
  await openId?.close();
  await entra?.close();
});

const memberNamed = (name: string): Member => ({ id: `29:1${name}`, aad: `aad-${name}`, name, locale: "en-US" });

async function identityCount(member: Member) {
  return t.core.db.prisma.identity.count({ where: { provider: "teams", externalId: `${TENANT}:${member.aad}` } });
}

describe("Teams tokens (TEAMS_APP_ID set)", () => {
  it("answers an activity with a valid token, and sends its answer with the app's own token", async () => {
    const member = memberNamed("Valid");
    const response = await postActivity(t.url, personalMessage("help", member, connector.serviceUrl), await openId.sign());
    expect(response.status).toBe(200);
    const answer = await connector.waitFor(
      (call) => call.conversation === personalConversationOf(member) && call.activity.type === "message",
    );
    // The SDK's MSAL client asked Entra for it (client credentials of TEAMS_APP_ID in TEAMS_TENANT_ID).
    expect(entra.tokenRequests).toHaveLength(1);
    const asked = entra.tokenRequests[0]?.form;
    expect([asked?.get("grant_type"), asked?.get("client_id"), asked?.get("client_secret"), asked?.get("scope")]).toEqual([
      "client_credentials",
      APP_ID,
      "test-password",
      "https://api.botframework.com/.default",
    ]);
    expect(answer.authorization).toBe(`Bearer ${entra.issued[0]}`);
    expect(await identityCount(member)).toBe(1);

    // A second answer reuses the cached token: Entra is not asked again.
    const again = memberNamed("Again");
    await postActivity(t.url, personalMessage("help", again, connector.serviceUrl), await openId.sign());
    const second = await connector.waitFor(
      (call) => call.conversation === personalConversationOf(again) && call.activity.type === "message",
    );
    expect(second.authorization).toBe(`Bearer ${entra.issued[0]}`);
    expect(entra.tokenRequests).toHaveLength(1);
  });

  const refused: [string, (member: Member) => Promise<string | undefined>][] = [
    ["no token", async () => undefined],
    ["a forged token (another key, the real key's id)", () => openId.sign({ forged: true })],
    ["an expired token", () => openId.sign({ ageSeconds: 10 * 60 })],
    ["a token for another app", () => openId.sign({ audience: "00000000-0000-4000-8000-000000000000" })],
    ["a token from another issuer", () => openId.sign({ issuer: "https://login.example.org" })],
    ["a token for another service URL", () => openId.sign({ serviceUrl: "https://smba.trafficmanager.net/amer/" })],
    ["a malformed token", async () => "not.a.jwt"],
  ];
  for (const [what, token] of refused) {
    it(`refuses ${what} with 401 and does nothing`, async () => {
      const member = memberNamed(what.replace(/\W+/g, ""));
      const callsBefore = connector.calls.length;
      const response = await postActivity(t.url, personalMessage("je cherche un vélo", member, connector.serviceUrl), await token(member));
      expect(response.status).toBe(401);
      await t.channels.teams?.idle();
      expect(connector.calls.length).toBe(callsBefore);
      expect(await identityCount(member)).toBe(0);
    });
  }
});
