/**
 * Which of a member's identities spoke last decides where a notification goes (Slack, Discord, the
 * API's socket). A turn reads it with the member in one statement and writes it at most once a minute
 * for the identity that already is the latest: switching channels, however fast, always moves it.
 */
import { apiIdentityOf, findOrCreateUserByIdentity } from "@relais/core/accounts/identities";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t?.close());

describe("the identity a member was seen on last", () => {
  it("follows every switch of channel, and is not rewritten on every turn of the same one", async () => {
    const { prisma } = t.api.accounts;
    const slackId = { provider: "slack" as const, externalId: `T01:U${Date.now()}` };
    const discordId = { provider: "discord" as const, externalId: String(Date.now()).padStart(12, "7") };
    const slack = await findOrCreateUserByIdentity(t.api.accounts, slackId);
    const userId = slack.user.id;
    await prisma.identity.create({ data: { userId, ...discordId } });
    const latest = async () => (await prisma.identity.findFirst({ where: { userId }, orderBy: { lastSeenAt: "desc" } }))?.provider;

    await findOrCreateUserByIdentity(t.api.accounts, discordId);
    expect(await latest()).toBe("discord");
    await findOrCreateUserByIdentity(t.api.accounts, slackId);
    expect(await latest()).toBe("slack");
    // the REST assistant's identity takes over as soon as the member writes there
    await apiIdentityOf(t.api.accounts, userId);
    expect(await latest()).toBe("api");
    await findOrCreateUserByIdentity(t.api.accounts, slackId);
    expect(await latest()).toBe("slack");

    // a second turn on the identity already seen last, within the minute, writes nothing
    const seen = async () => (await prisma.identity.findFirstOrThrow({ where: { userId, provider: "slack" } })).lastSeenAt;
    const before = await seen();
    const again = await findOrCreateUserByIdentity(t.api.accounts, slackId);
    expect(again.user.id).toBe(userId);
    expect(await seen()).toEqual(before);
    // a new display name is written at once
    await findOrCreateUserByIdentity(t.api.accounts, { ...slackId, displayName: "Awa D." });
    expect((await prisma.identity.findFirstOrThrow({ where: { userId, provider: "slack" } })).displayName).toBe("Awa D.");
  });
});
