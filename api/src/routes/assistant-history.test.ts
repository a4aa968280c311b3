/** The member's assistant history over REST (issue 13 REST gaps): every turn once, newest first, paged, their own only. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerMember, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;

beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t?.close());

type HistoryPage = {
  items: { text: string | null; pressed: boolean; channel: string; intent: string; replies: { text: string }[] }[];
  nextCursor: string | null;
};

describe("GET /api/v1/assistant/history", () => {
  it("lists what I said and what was answered, newest first, a page at a time; a retried turn counts once", async () => {
    const camille = await registerMember(t, "camille", "fr");
    const say = (text: string, key?: string) =>
      t.request("POST", "/api/v1/assistant/messages", {
        token: camille.token,
        body: { text },
        headers: key ? { "idempotency-key": key } : {},
      });
    await say("bonjour", "k-1");
    expect((await say("bonjour", "k-1")).headers.get("idempotent-replayed")).toBe("true");
    const help = await say("aide");
    await say("mes annonces");

    const first = await t.request("GET", "/api/v1/assistant/history?limit=2", { token: camille.token });
    expect(first.status).toBe(200);
    const page1 = first.body as HistoryPage;
    expect(page1.items.map((turn) => turn.text)).toEqual(["mes annonces", "aide"]);
    expect(page1.items[1]).toMatchObject({ channel: "rest", pressed: false, replies: help.body.replies });
    const page2 = (await t.request("GET", `/api/v1/assistant/history?limit=2&cursor=${page1.nextCursor}`, { token: camille.token }))
      .body as HistoryPage;
    expect(page2.items.map((turn) => turn.text)).toEqual(["bonjour"]);
    expect(page2.nextCursor).toBeNull();
    expect(page2.items[0]?.replies[0]?.text).toEqual(expect.any(String));

    // Someone else's history is their own; without a sign-in there is none.
    const jake = await registerMember(t, "jake");
    expect((await t.request("GET", "/api/v1/assistant/history", { token: jake.token })).body).toEqual({ items: [], nextCursor: null });
    expect((await t.request("GET", "/api/v1/assistant/history")).status).toBe(401);
    expect((await t.request("GET", "/api/v1/assistant/history?limit=500", { token: jake.token })).status).toBe(400);
  });
});
