/** Notification preferences over REST (/api/v1/me/preferences) and by chat (set_preferences), both stored the same way. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};

async function member(name: string, locale: "fr" | "en") {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name.toLowerCase()}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name, locale },
  });
  token[name] = res.body.accessToken;
}
const say = async (who: string, text: string) =>
  (await t.request("POST", "/api/v1/assistant/messages", { token: token[who], body: { text } })).body.replies
    .map((r: { text: string }) => r.text)
    .join("\n");
const preferences = async (who: string) => (await t.request("GET", "/api/v1/me/preferences", { token: token[who] })).body;

beforeAll(async () => {
  t = await startTestApi();
  await member("Gaspard", "fr");
  await member("Hanna", "en");
});
afterAll(() => t?.close());

describe("PATCH /api/v1/me/preferences", () => {
  it("sets quiet hours, muted kinds and channels, keeps what is not sent, and clears quiet hours with null", async () => {
    const patched = await t.request("PATCH", "/api/v1/me/preferences", {
      token: token.Hanna,
      body: {
        quietHours: { start: "22:30", end: "07:00", timeZone: "Europe/Berlin" },
        mutedNotifications: ["match_withdrawn"],
        notificationChannels: ["discord", "socket"],
      },
    });
    expect(patched.status).toBe(200);
    await t.request("PATCH", "/api/v1/me/preferences", { token: token.Hanna, body: { digest: "weekly" } });
    expect(await preferences("Hanna")).toEqual({
      quietHours: { start: "22:30", end: "07:00", timeZone: "Europe/Berlin" },
      mutedNotifications: ["match_withdrawn"],
      notificationChannels: ["discord", "socket"],
      digest: "weekly",
    });
    await t.request("PATCH", "/api/v1/me/preferences", { token: token.Hanna, body: { quietHours: null } });
    expect((await preferences("Hanna")).quietHours).toBeUndefined();
    // The profile shows the same preferences.
    expect((await t.request("GET", "/api/v1/me/profile", { token: token.Hanna })).body.preferences.digest).toBe("weekly");
  });

  it("refuses a wrong clock, an unknown zone or kind with 400 naming the field, and changes nothing", async () => {
    const before = await preferences("Hanna");
    for (const [body, field] of [
      [{ quietHours: { start: "25:00", end: "07:00", timeZone: "UTC" } }, "body.quietHours.start"],
      [{ quietHours: { start: "22:00", end: "07:00", timeZone: "Mars/Olympus" } }, "body.quietHours.timeZone"],
      [{ mutedNotifications: ["everything"] }, "body.mutedNotifications.0"],
      [{ notificationChannels: ["fax"] }, "body.notificationChannels.0"],
      [{ quiet: true }, "body"],
    ] as const) {
      const res = await t.request("PATCH", "/api/v1/me/preferences", { token: token.Hanna, body });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(JSON.stringify(res.body.errors)).toContain(field);
    }
    expect(await preferences("Hanna")).toEqual(before);
    expect((await t.request("GET", "/api/v1/me/preferences")).status).toBe(401);
  });
});

describe("set_preferences by chat", () => {
  it("sets quiet hours, mutes and unmutes kinds and picks channels, in French", async () => {
    expect(await say("Gaspard", "pas de notifications entre 22h et 8h")).toContain("silence de 22:00 à 08:00 (Europe/Paris)");
    expect((await preferences("Gaspard")).quietHours).toEqual({ start: "22:00", end: "08:00", timeZone: "Europe/Paris" });
    expect((await preferences("Gaspard")).digest).toBeUndefined();

    expect(await say("Gaspard", "plus de notifications pour les matchs")).toContain("notifications coupées");
    expect((await preferences("Gaspard")).mutedNotifications).toEqual(["match_proposed", "match_accepted", "match_withdrawn"]);
    await say("Gaspard", "remets les notifications des propositions");
    expect((await preferences("Gaspard")).mutedNotifications).toEqual([]);

    await say("Gaspard", "notifie-moi sur discord");
    expect((await preferences("Gaspard")).notificationChannels).toEqual(["discord"]);
    await say("Gaspard", "supprime les heures de silence");
    expect((await preferences("Gaspard")).quietHours).toBeUndefined();
    expect(await say("Gaspard", "mes préférences")).toContain("Notifications : discord ; pas d'heures de silence ; toutes actives");
  });

  it("understands it in English with a time zone", async () => {
    expect(await say("Hanna", "quiet hours from 10pm to 7am America/Montreal")).toContain("quiet from 22:00 to 07:00 (America/Montreal)");
    expect((await preferences("Hanna")).quietHours).toEqual({ start: "22:00", end: "07:00", timeZone: "America/Montreal" });
    // Added to what was already muted over REST.
    await say("Hanna", "stop notifying me about messages");
    expect((await preferences("Hanna")).mutedNotifications).toEqual(["message", "match_withdrawn"]);
  });
});
