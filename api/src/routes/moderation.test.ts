/**
 * Moderation over REST (issue 13 acceptance 4): repeated reports by one member count once, the
 * reported member sees that reports exist and why (not who), reporters see their reports with
 * details and their blocks, and an admin (role given by the CLI's grantAdmin) resolves or
 * dismisses open reports, which the trust score follows.
 */
import { grantAdmin } from "@relais/core/profiles/reports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};
const id: Record<string, string> = {};
const email: Record<string, string> = {};

async function member(name: string) {
  email[name] = `${name.toLowerCase()}-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: email[name], password: STRONG_PASSWORD, name, locale: "en" },
  });
  token[name] = res.body.accessToken;
  id[name] = res.body.user.id;
}
const reportsFactor = async (who: string) =>
  (await t.request("GET", `/api/v1/users/${id[who]}`)).body.trust.breakdown.find((f: { factor: string }) => f.factor === "reports");

beforeAll(async () => {
  t = await startTestApi();
  for (const name of ["Ana", "Bo", "Cy"]) await member(name);
  await t.core.db.prisma.user.updateMany({ where: { id: { in: [id.Bo!, id.Cy!] } }, data: { emailVerifiedAt: new Date() } });
});
afterAll(() => t?.close());

describe("reports and their moderation", () => {
  it("counts one member's repeated reports once, and shows the reported member why but not who", async () => {
    for (const [reason, details] of [
      ["spam", "posts the same ad ten times"],
      ["scam", "asked for a deposit"],
    ]) {
      const filed = await t.request("POST", `/api/v1/users/${id.Ana}/report`, { token: token.Bo, body: { reason, details } });
      expect(filed.status).toBe(201);
    }
    expect(await reportsFactor("Ana")).toMatchObject({ points: -10, value: 1 });

    const mine = await t.request("GET", "/api/v1/me/reports", { token: token.Bo });
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((r: { details: string; targetUser: { id: string } }) => [r.details, r.targetUser.id])).toEqual([
      ["asked for a deposit", id.Ana],
      ["posts the same ad ten times", id.Ana],
    ]);
    const page = await t.request("GET", "/api/v1/me/reports?limit=1", { token: token.Bo });
    expect(page.body.items).toHaveLength(1);
    const next = await t.request("GET", `/api/v1/me/reports?limit=1&cursor=${page.body.nextCursor}`, { token: token.Bo });
    expect(next.body.items[0].details).toBe("posts the same ad ten times");

    const aboutAna = await t.request("GET", "/api/v1/me/reports", { token: token.Ana });
    expect(aboutAna.body.aboutMe.map((r: { reason: string; status: string }) => `${r.reason}:${r.status}`)).toEqual([
      "scam:open",
      "spam:open",
    ]);
    expect(aboutAna.text).not.toContain(id.Bo);
    expect(aboutAna.text).not.toContain("Bo");
    expect(aboutAna.body.aboutMeNextCursor).toBeNull();

    // Paged like every list: the first page with /me/reports, the rest from /me/reports/about-me.
    const first = await t.request("GET", "/api/v1/me/reports?limit=1", { token: token.Ana });
    expect(first.body.aboutMe.map((r: { reason: string }) => r.reason)).toEqual(["scam"]);
    expect(first.body.aboutMeNextCursor).toEqual(expect.any(String));
    const rest = await t.request("GET", `/api/v1/me/reports/about-me?limit=1&cursor=${first.body.aboutMeNextCursor}`, {
      token: token.Ana,
    });
    expect(rest.status).toBe(200);
    expect(rest.body).toEqual({ items: [expect.objectContaining({ reason: "spam", status: "open" })], nextCursor: null });
    expect(rest.text).not.toContain(id.Bo);
    // Nobody else sees them, and a cursor that is not one is refused.
    expect((await t.request("GET", "/api/v1/me/reports/about-me", { token: token.Cy })).body).toEqual({ items: [], nextCursor: null });
    expect((await t.request("GET", "/api/v1/me/reports/about-me?cursor=nonsense", { token: token.Ana })).status).toBe(400);
  });

  it("blocks with the report when asked, and lists the members I block", async () => {
    const withBlock = await t.request("POST", `/api/v1/users/${id.Cy}/report`, {
      token: token.Ana,
      body: { reason: "harassment", block: true },
    });
    expect(withBlock.status).toBe(201);
    expect(withBlock.body.blocked).toBe(true);
    expect(
      (await t.request("GET", "/api/v1/me/blocks", { token: token.Ana })).body.items.map((b: { user: { id: string } }) => b.user.id),
    ).toEqual([id.Cy]);
    await t.core.db.prisma.report.deleteMany({ where: { reporterId: id.Ana } });
    expect((await t.request("POST", `/api/v1/users/${id.Ana}/block`, { token: token.Bo })).status).toBe(204);
    const blocks = await t.request("GET", "/api/v1/me/blocks", { token: token.Bo });
    expect(blocks.body.items.map((b: { user: { id: string } }) => b.user.id)).toEqual([id.Ana]);
    expect((await t.request("GET", "/api/v1/me/blocks", { token: token.Cy })).body.items).toEqual([]);
    // Paged like every list (issue 13: one cursor convention).
    expect((await t.request("POST", `/api/v1/users/${id.Cy}/block`, { token: token.Bo })).status).toBe(204);
    const page1 = await t.request("GET", "/api/v1/me/blocks?limit=1", { token: token.Bo });
    expect(page1.body.items).toHaveLength(1);
    const page2 = await t.request("GET", `/api/v1/me/blocks?limit=1&cursor=${page1.body.nextCursor}`, { token: token.Bo });
    expect(page2.body.nextCursor).toBeNull();
    expect([...page1.body.items, ...page2.body.items].map((b: { user: { id: string } }) => b.user.id).sort()).toEqual(
      [id.Ana, id.Cy].sort(),
    );
  });

  it("lets only an admin see open reports and resolve or dismiss them; trust follows", async () => {
    const refused = await t.request("GET", "/api/v1/admin/reports", { token: token.Cy });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("admin_only");
    expect(await grantAdmin(t.core.db.prisma, email.Cy!.toUpperCase())).toMatchObject({ id: id.Cy });
    expect(await grantAdmin(t.core.db.prisma, "nobody@example.org")).toBeUndefined();

    const queue = await t.request("GET", "/api/v1/admin/reports", { token: token.Cy });
    expect(queue.status).toBe(200);
    expect(
      queue.body.items.map((r: { reason: string; reporter: { id: string }; details: string }) => [r.reason, r.reporter.id, r.details]),
    ).toEqual([
      ["spam", id.Bo, "posts the same ad ten times"],
      ["scam", id.Bo, "asked for a deposit"],
    ]);
    const [spam, scam] = queue.body.items as { id: string }[];
    const dismissed = await t.request("POST", `/api/v1/admin/reports/${spam!.id}/dismiss`, { token: token.Cy });
    expect(dismissed.body).toMatchObject({ status: "dismissed", resolvedAt: expect.any(String) });
    // Bo still has an open report against Ana: still one reporter counted.
    expect(await reportsFactor("Ana")).toMatchObject({ points: -10, value: 1 });
    expect((await t.request("POST", `/api/v1/admin/reports/${scam!.id}/resolve`, { token: token.Cy })).body.status).toBe("reviewed");
    expect((await t.request("GET", "/api/v1/admin/reports", { token: token.Cy })).body.items).toEqual([]);
    expect(await reportsFactor("Ana")).toMatchObject({ points: -10, value: 1 });
    expect((await t.request("POST", `/api/v1/admin/reports/${scam!.id}/dismiss`, { token: token.Cy })).status).toBe(200);
    expect(await reportsFactor("Ana")).toMatchObject({ points: 0, value: 0 });

    expect((await t.request("POST", "/api/v1/admin/reports/no-such-report/resolve", { token: token.Cy })).status).toBe(404);
    expect((await t.request("POST", `/api/v1/admin/reports/${scam!.id}/resolve`, { token: token.Bo })).status).toBe(403);
    expect((await t.core.db.prisma.report.findUniqueOrThrow({ where: { id: scam!.id } })).status).toBe("dismissed");
  });
});
