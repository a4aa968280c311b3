/**
 * Issue 11, acceptance 4, for the classes session 44 fixed from towns' and villages' phrasing (dev110): the town of the
 * group that posts, a town in lower case after "pick up", a group's need. FR and EN over HTTP, in wordings of no
 * evaluation set; each test checks what is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Members } from "../test/conversation.ts";
import { startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let m: Members;

beforeAll(async () => {
  t = await startTestApi({ RATE_LIMIT_API_PER_MINUTE: "100000" });
  m = new Members(t);
  await m.register("Josiane", "fr", "Clermont-Ferrand");
  await m.register("Hamish", "en", "Edinburgh");
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe("where a village's things are", () => {
  it("FR: 'l'amicale de Riom vend des tables de camping' is stored in Riom, not where the member lives", async () => {
    const tables = await m.posted("Josiane", "l'amicale de Riom vend des tables de camping, 10€");
    expect(tables).toMatchObject({ kind: "offer", price: { amount: 1000 }, location: { place: "Riom" } });
  });

  it("EN: '… pick up kelso' is stored in Kelso", async () => {
    const pots = await m.posted("Hamish", "giving away plant pots, loads of them. pick up kelso");
    expect(pots.location?.place).toBe("Kelso");
  });

  it("EN: 'the Cubs need old tents for camp, Otley' posts a want, never a search", async () => {
    const tents = await m.posted("Hamish", "the Cubs need old tents for camp, Otley");
    expect(tents.kind).toBe("want");
    expect(tents.title.toLowerCase()).toContain("tents");
  });
});
