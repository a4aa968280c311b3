/**
 * Listings that several members report are hidden pending review (issue 13 trust, acceptance
 * 4): three independent reports by default (one per reporter however many they file, an
 * unverified email counting half), read on the database rows and on what REST clients receive;
 * the owner sees why (not who) and cannot put it back; an admin's dismissals bring it back, an
 * upheld report keeps it hidden.
 */
import { DEFAULT_REPORTS_TO_HIDE_LISTING } from "@relais/core/listings/listing-moderation";
import { grantAdmin } from "@relais/core/profiles/reports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
const token: Record<string, string> = {};
const id: Record<string, string> = {};
let listingId: string;

async function member(name: string) {
  const email = `${name.toLowerCase()}-${Date.now()}@example.org`;
  const res = await t.request("POST", "/api/v1/auth/register", { body: { email, password: STRONG_PASSWORD, name, locale: "en" } });
  token[name] = res.body.accessToken;
  id[name] = res.body.user.id;
  return email;
}
const report = (who: string, reason: string) =>
  t.request("POST", `/api/v1/users/${id.Ana}/report`, { token: token[who], body: { reason, listingId, details: `${reason} by ${who}` } });
const statusInDb = async () => (await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: listingId } })).status;
/** What another member receives: the listing page's status code, and whether a search finds it. */
async function seenByOthers() {
  const page = await t.request("GET", `/api/v1/listings/${listingId}`, { token: token.Fay });
  const anonymous = await t.request("GET", `/api/v1/listings/${listingId}`);
  const search = await t.request("GET", "/api/v1/search?q=tandem", { token: token.Fay });
  return {
    page: page.status,
    anonymous: anonymous.status,
    inSearch: search.body.items.some((hit: { listing: { id: string } }) => hit.listing.id === listingId),
  };
}
const openReportsOnListing = async (admin: string) =>
  (await t.request("GET", "/api/v1/admin/reports?limit=100", { token: token[admin] })).body.items.filter(
    (r: { listingId: string }) => r.listingId === listingId,
  ) as { id: string; reporter: { id: string } }[];

beforeAll(async () => {
  t = await startTestApi();
  for (const name of ["Ana", "Bo", "Cy", "Di", "Ed", "Fay"]) await member(name);
  const adminEmail = await member("Mod");
  await grantAdmin(t.core.db.prisma, adminEmail);
  // Ed never confirmed an email address: his report weighs half.
  await t.core.db.prisma.user.updateMany({ where: { id: { in: [id.Bo!, id.Cy!, id.Di!] } }, data: { emailVerifiedAt: new Date() } });
  const posted = await t.request("POST", "/api/v1/listings", {
    token: token.Ana,
    body: {
      kind: "offer",
      title: "Tandem bicycle",
      description: "A red tandem, two seats, serviced in spring.",
      location: { place: "Lyon" },
    },
  });
  expect(posted.status).toBe(201);
  listingId = posted.body.id;
});
afterAll(() => t?.close());

describe("a listing several members report", () => {
  it("stays online after one member's repeated reports and a half-weight one, and is hidden at the third independent report", async () => {
    expect(DEFAULT_REPORTS_TO_HIDE_LISTING).toBe(3);
    for (const reason of ["spam", "scam", "prohibited_item"]) expect((await report("Bo", reason)).status).toBe(201);
    expect((await report("Cy", "scam")).status).toBe(201);
    expect((await report("Ed", "spam")).status).toBe(201);
    // Bo once + Cy + Ed half = 2.5 < 3.
    expect(await statusInDb()).toBe("active");
    expect(await seenByOthers()).toEqual({ page: 200, anonymous: 200, inSearch: true });

    expect((await report("Di", "prohibited_item")).status).toBe(201);
    expect(await statusInDb()).toBe("hidden");
    expect(await seenByOthers()).toEqual({ page: 404, anonymous: 404, inSearch: false });
  });

  it("shows its owner that it is hidden and why, not who reported it, and does not let her put it back", async () => {
    const own = await t.request("GET", `/api/v1/listings/${listingId}`, { token: token.Ana });
    expect(own.status).toBe(200);
    expect(own.body.status).toBe("hidden");
    const mine = await t.request("GET", "/api/v1/me/listings", { token: token.Ana });
    expect(mine.body.items.find((l: { id: string }) => l.id === listingId)?.status).toBe("hidden");

    const about = await t.request("GET", "/api/v1/me/reports", { token: token.Ana });
    const onListing = about.body.aboutMe.filter((r: { listingId: string }) => r.listingId === listingId);
    expect(onListing.map((r: { reason: string }) => r.reason).sort()).toEqual([
      "prohibited_item",
      "prohibited_item",
      "scam",
      "scam",
      "spam",
      "spam",
    ]);
    for (const name of ["Bo", "Cy", "Di", "Ed"]) {
      expect(about.text).not.toContain(id[name]);
      expect(about.text).not.toContain(`by ${name}`);
    }

    const back = await t.request("PATCH", `/api/v1/listings/${listingId}`, {
      token: token.Ana,
      body: { status: "active" },
      headers: { "accept-language": "fr" },
    });
    expect(back.status).toBe(409);
    expect(back.body.code).toBe("listing_hidden_pending_review");
    expect(back.body.detail).toContain("en attente d'examen");
    expect(await statusInDb()).toBe("hidden");
  });

  it("comes back when an admin's dismissals leave too few reports, and stays hidden while one is upheld", async () => {
    const [fromDi] = (await openReportsOnListing("Mod")).filter((r) => r.reporter.id === id.Di);
    expect((await t.request("POST", `/api/v1/admin/reports/${fromDi!.id}/dismiss`, { token: token.Mod })).status).toBe(200);
    expect(await statusInDb()).toBe("active");
    expect(await seenByOthers()).toEqual({ page: 200, anonymous: 200, inSearch: true });

    // Di reports again: hidden again; an admin upholds it, then dismisses everything else.
    expect((await report("Di", "scam")).status).toBe(201);
    expect(await statusInDb()).toBe("hidden");
    const open = await openReportsOnListing("Mod");
    const upheld = open.find((r) => r.reporter.id === id.Di)!;
    expect((await t.request("POST", `/api/v1/admin/reports/${upheld.id}/resolve`, { token: token.Mod })).body.status).toBe("reviewed");
    for (const r of open.filter((r) => r.id !== upheld.id))
      expect((await t.request("POST", `/api/v1/admin/reports/${r.id}/dismiss`, { token: token.Mod })).status).toBe(200);
    expect(await statusInDb()).toBe("hidden");
    expect(await seenByOthers()).toEqual({ page: 404, anonymous: 404, inSearch: false });

    // Dismissing the upheld one too: nothing holds it hidden any more.
    expect((await t.request("POST", `/api/v1/admin/reports/${upheld.id}/dismiss`, { token: token.Mod })).status).toBe(200);
    expect(await statusInDb()).toBe("active");
  });
});

describe("an admin's own listing, hidden by reports", () => {
  it("cannot be put back by that admin dismissing the reports (403, FR/EN), only by another admin", async () => {
    const zoeEmail = await member("Zoe");
    await grantAdmin(t.core.db.prisma, zoeEmail);
    const posted = await t.request("POST", "/api/v1/listings", {
      token: token.Zoe,
      body: { kind: "offer", title: "Kayak", description: "A sea kayak with its paddle.", location: { place: "Lyon" } },
    });
    const kayak = posted.body.id as string;
    for (const who of ["Bo", "Cy", "Di"])
      expect(
        (await t.request("POST", `/api/v1/users/${id.Zoe}/report`, { token: token[who], body: { reason: "scam", listingId: kayak } }))
          .status,
      ).toBe(201);
    const kayakStatus = async () => (await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: kayak } })).status;
    expect(await kayakStatus()).toBe("hidden");
    const reports = await t.core.db.prisma.report.findMany({ where: { listingId: kayak } });
    expect(reports).toHaveLength(3);

    for (const [r, locale, text] of [
      [reports[0]!, "en", "This report is about you (you or your listing): another administrator must decide on it."],
      [reports[1]!, "fr", "Ce signalement vous concerne (vous ou votre annonce) : un autre administrateur doit en décider."],
    ] as const) {
      const refused = await t.request("POST", `/api/v1/admin/reports/${r.id}/dismiss`, {
        token: token.Zoe,
        headers: { "accept-language": locale },
      });
      expect(refused.status).toBe(403);
      expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ code: "report_about_yourself", detail: text });
    }
    // Upholding is deciding too.
    expect((await t.request("POST", `/api/v1/admin/reports/${reports[2]!.id}/resolve`, { token: token.Zoe })).status).toBe(403);
    // Nothing changed: the reports are still open and the listing still hidden from the others.
    expect((await t.core.db.prisma.report.findMany({ where: { listingId: kayak } })).map((r) => r.status)).toEqual([
      "open",
      "open",
      "open",
    ]);
    expect(await kayakStatus()).toBe("hidden");
    expect((await t.request("GET", `/api/v1/listings/${kayak}`, { token: token.Fay })).status).toBe(404);

    // Another admin decides: dismissing the reports brings it back.
    for (const r of reports)
      expect((await t.request("POST", `/api/v1/admin/reports/${r.id}/dismiss`, { token: token.Mod })).status).toBe(200);
    expect(await kayakStatus()).toBe("active");
  });
});
