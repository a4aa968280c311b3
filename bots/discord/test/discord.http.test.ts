/**
 * Discord's HTTP interactions end to end: the endpoint on Relais' express server, requests
 * signed with an Ed25519 key pair made here, answers through the delivery outbox to a local
 * fake of Discord's REST API (discord.js's REST client). Assertions read what a member would
 * see (the calls Discord received) and what Relais stored.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { fallbackText } from "../src/render.ts";
import {
  APPLICATION_ID,
  autocomplete,
  command,
  componentPress,
  type DiscordRequest,
  type Member,
  modalSubmit,
  ping,
  postSigned,
  signedHeaders,
  snowflake,
  TEST_PUBLIC_KEY,
} from "./discord-requests.ts";
import { type DiscordCall, type FakeDiscord, startFakeDiscord } from "./fake-discord.ts";

let fake: FakeDiscord;
let t: TestApi;
let endpoint: string;

const ZOE: Member = { id: "1120000000000000001", username: "zoe", globalName: "Zoé", locale: "fr" };
const SAM: Member = { id: "1120000000000000002", username: "sam", globalName: "Sam", locale: "en-GB" };

/** The webhook route of an interaction's answers (its token). */
const webhookOf = (token: string) => `/webhooks/${APPLICATION_ID}/${token}`;
const answersTo = (token: string) => (call: DiscordCall) => call.route.startsWith(webhookOf(token));
const choicesOf = (body: Record<string, unknown> | undefined) =>
  (body?.data as { choices?: { name: string; value: string }[] } | undefined)?.choices ?? [];
const textOf = (call: DiscordCall) => fallbackText(call.body as never);

async function send(request: DiscordRequest, options = {}) {
  const response = await postSigned(endpoint, request, options);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  t = await startTestApi(
    {
      RELAIS_DEMO_DATA: "true",
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_PUBLIC_KEY: TEST_PUBLIC_KEY,
      DISCORD_API_URL: fake.apiUrl,
    },
    // Every command deferred, as one whose turn may pass 2 s is: its answers follow through the webhook and the outbox
    // (answers in the HTTP response itself: discord.timing.test.ts).
    { delivery: { pollMs: 100, baseBackoffMs: 300, maxBackoffMs: 1000, maxAttempts: 4 }, channels: { discord: { deferAfterMs: 0 } } },
  );
  endpoint = `${t.url}/discord/interactions`;
});

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe("Discord HTTP interactions", () => {
  it("answers PING with PONG", async () => {
    const response = await send(ping());
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ type: 1 });
  });

  it("refuses unsigned, badly signed, tampered and stale (> 5 min) requests with 401, doing nothing", async () => {
    const request = command("search", { query: "vélo" }, { ...ZOE, id: "1120000000000000666" });
    const unsigned = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: request.rawBody });
    expect(unsigned.status).toBe(401);
    expect((await send(request, { key: "other" })).status).toBe(401);
    expect((await send(request, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const headers = signedHeaders(request.rawBody);
    const tampered = await fetch(endpoint, { method: "POST", headers, body: request.rawBody.replace("vélo", "vélos") });
    expect(tampered.status).toBe(401);
    await t.channels.discord?.idle();
    expect(await t.core.db.prisma.identity.count({ where: { provider: "discord", externalId: "1120000000000000666" } })).toBe(0);
    expect(fake.calls.filter(answersTo(request.token))).toEqual([]);
  });

  it("/relais search with options: deferred at once, then the listing cards as Components V2 in the deferred answer", async () => {
    const request = command("search", { query: "vélo", place: "Lyon" }, ZOE);
    const response = await send(request);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ type: 5, data: {} });
    const answer = await fake.waitFor(/^PATCH \/webhooks\/.*\/messages\/@original$/, answersTo(request.token));
    expect(answer.authorization).toBeUndefined(); // the interaction token is the credential
    expect(answer.body.flags).toBe(1 << 15); // IS_COMPONENTS_V2
    const components = answer.body.components as { type: number; components?: { type: number }[] }[];
    const containers = components.filter((c) => c.type === 17);
    expect(containers.length).toBeGreaterThan(0);
    expect(containers.length).toBeLessThanOrEqual(3);
    expect(textOf(answer)).toMatch(/vélo|velo/i);
    // The delivery row that carried it: sent, with Discord's message id.
    const identity = await t.core.db.prisma.identity.findUniqueOrThrow({
      where: { provider_externalId: { provider: "discord", externalId: ZOE.id } },
      include: { user: true },
    });
    expect(identity.displayName).toBe("Zoé");
    await expect
      .poll(
        async () =>
          (await t.core.db.prisma.delivery.findFirst({ where: { identityId: identity.id, externalMessageId: String(answer.result?.id) } }))
            ?.status,
      )
      .toBe("sent");
  });

  it("the same interaction delivered twice runs its turn once", async () => {
    const request = command("ask", { text: "mes annonces" }, ZOE);
    expect((await send(request)).status).toBe(200);
    expect((await send(request)).status).toBe(200);
    await fake.waitFor(/^PATCH /, answersTo(request.token));
    await t.channels.discord?.idle();
    await expect.poll(() => t.core.db.prisma.delivery.count({ where: { channel: "discord", status: "pending" } })).toBe(0);
    expect(fake.calls.filter(answersTo(request.token))).toHaveLength(1);
  });

  it("a pressed button edits its message in the answer itself (✓ label, no button left), runs its action once, and answers as a follow-up", async () => {
    const search = command("search", { query: "vélo", place: "Lyon" }, SAM);
    await send(search);
    const shown = await fake.waitFor(/^PATCH /, answersTo(search.token));
    const components = shown.body.components as unknown[];
    const button = JSON.stringify(components).match(/"custom_id":"([^"]+)","label":"([^"]+)"/);
    expect(button).not.toBeNull();
    const [, customId = "", label = ""] = button ?? [];
    const message = { id: String(shown.result?.id), components, flags: Number(shown.body.flags) };
    const press = componentPress({ customId }, message, SAM);
    const pressed = await send(press);
    expect(pressed.status).toBe(200);
    expect(pressed.body?.type).toBe(7);
    const edited = JSON.stringify((pressed.body?.data as { components?: unknown[] } | undefined)?.components);
    expect(edited).not.toContain(`"custom_id":"${customId}"`);
    expect(edited).toContain(`✓ **${label}**`);
    const followUp = await fake.waitFor(/^POST \/webhooks\//, answersTo(press.token));
    expect(followUp.query.get("wait")).toBe("true");
    expect(textOf(followUp).length).toBeGreaterThan(0);
    // The same press again (a double click before the edit showed): nothing runs twice.
    const again = componentPress({ customId }, message, SAM);
    expect((await send(again)).status).toBe(200);
    await t.channels.discord?.idle();
    await expect.poll(() => t.core.db.prisma.delivery.count({ where: { channel: "discord", status: "pending" } })).toBe(0);
    expect(fake.calls.filter(answersTo(again.token))).toEqual([]);
  });

  it("/relais profile is answered to the member only (ephemeral), in their language", async () => {
    const request = command("profile", {}, SAM, { dm: false });
    const response = await send(request);
    expect(response.body).toEqual({ type: 5, data: { flags: 64 } });
    const answer = await fake.waitFor(/^PATCH /, answersTo(request.token));
    expect(Number(answer.body.flags) & 64).toBe(64);
    expect(textOf(answer)).toMatch(/profile|Sam/i);
  });

  it("a follow-up Discord answers 429 (retry_after 1) then 200 is posted once, no sooner than asked", async () => {
    fake.failNext(/^PATCH \/webhooks\//, { status: 429, retryAfter: 1 });
    const request = command("ask", { text: "aide" }, ZOE, { dm: true, channel: snowflake() });
    await send(request);
    const answer = await fake.waitFor(/^PATCH /, answersTo(request.token));
    const refused = fake.refused.find(answersTo(request.token));
    expect(refused).toBeDefined();
    expect(answer.at - (refused?.at ?? Number.NaN)).toBeGreaterThanOrEqual(1000);
    expect(fake.calls.filter(answersTo(request.token))).toHaveLength(1);
    expect(textOf(answer)).toMatch(/sais faire/);
  });

  it("autocompletes places and categories of /relais search, categories in the member's language", async () => {
    const places = await send(autocomplete({ query: "vélo", place: "Ly" }, "place", ZOE));
    expect(places.body?.type).toBe(8);
    const placeChoices = choicesOf(places.body);
    expect(placeChoices.map((c) => c.value)).toContain("Lyon");
    const categories = await send(autocomplete({ query: "vélo", category: "vél" }, "category", ZOE));
    const categoryChoices = choicesOf(categories.body);
    expect(categoryChoices.length).toBeGreaterThan(0);
    expect(categoryChoices.length).toBeLessThanOrEqual(25);
    expect(categoryChoices.some((c) => /vélo/i.test(c.name))).toBe(true);
    const english = await send(autocomplete({ query: "bike", category: "bik" }, "category", SAM));
    expect(choicesOf(english.body).some((c) => /bike/i.test(c.name))).toBe(true);
  });

  it("/relais post alone opens the listing form (a modal: kind, title, category, description, photos); its submission with a photo → a listing with that photo, through the image service", async () => {
    // The price and the place, which the modal has no room for, are said in the command.
    const opened = await send(command("post", { price: "140", place: "Annecy" }, ZOE));
    expect(opened.body?.type).toBe(9);
    const modal = opened.body?.data as {
      custom_id: string;
      title: string;
      components: {
        type: number;
        label: string;
        component: { type: number; custom_id: string; options?: { value: string; default?: boolean }[] };
      }[];
    };
    expect(modal.custom_id).toBe("relais_listing_create:offer|140|Annecy");
    expect(modal.components.length).toBeLessThanOrEqual(5);
    expect(modal.components.map((c) => c.component.custom_id)).toEqual(["kind", "title", "category", "description", "photos"]);
    expect(modal.components.map((c) => c.label)).toEqual(["Type", "Titre", "Catégorie", "Description", "Photos"]);
    expect(modal.components.every((c) => c.type === 18)).toBe(true);
    const kind = modal.components[0]?.component;
    expect(kind?.type).toBe(3); // a string select inside the label
    expect(kind?.options?.map((o) => [o.value, o.default ?? false])).toEqual([
      ["offer", true],
      ["want", false],
    ]);
    expect(modal.components.at(-1)?.component.type).toBe(19); // file upload

    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#2266aa" } })
      .jpeg()
      .toBuffer();
    const url = fake.addAttachment("1140000000000000001", photo, "image/jpeg");
    const files = [{ id: "1140000000000000001", filename: "kayak.jpg", contentType: "image/jpeg", size: photo.byteLength, url }];
    const fields = {
      kind: ["offer"],
      title: "Kayak gonflable Itiwit",
      category: "sport et plein AIR",
      description: "Deux places, très peu servi.",
    };
    const submitted = modalSubmit(modal.custom_id, fields, files, ZOE);
    const response = await send(submitted);
    expect(response.body).toEqual({ type: 5, data: { flags: 64 } });
    const confirmation = await fake.waitFor(/^PATCH /, answersTo(submitted.token));
    expect(textOf(confirmation)).toContain("Kayak gonflable Itiwit");
    expect(fake.callsTo(/^GET \/attachments\/1140000000000000001$/)).toHaveLength(1);
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({
      where: { title: "Kayak gonflable Itiwit" },
      include: { images: true, category: true },
    });
    expect(listing.kind).toBe("offer");
    expect(listing.category.slug).toBe("sports-outdoors");
    expect(listing.priceMinor).toBe(14000);
    expect(listing.placeName).toMatch(/Annecy/);
    expect(listing.description).toBe("Deux places, très peu servi.");
    expect(listing.images).toHaveLength(1);
    expect(listing.images[0]).toMatchObject({ mimeType: "image/webp", width: 800, height: 600 });

    // The same submission delivered again posts nothing more; a file that is not a photo is refused, nothing written.
    await send(submitted);
    const fake1 = fake.addAttachment("1140000000000000002", new TextEncoder().encode("pas une image"), "image/jpeg");
    const refusedRequest = modalSubmit(
      modal.custom_id,
      { ...fields, title: "Canoë Old Town" },
      [{ id: "1140000000000000002", filename: "canoe.jpg", contentType: "image/jpeg", size: 13, url: fake1 }],
      ZOE,
    );
    await send(refusedRequest);
    const refused = await fake.waitFor(/^PATCH /, answersTo(refusedRequest.token));
    expect(textOf(refused)).toContain("n'est pas une image");
    // A category core does not know, and a kind that is none, are refused by core's listing command, each under its field.
    const unknownCategory = modalSubmit(modal.custom_id, { ...fields, title: "Paddle gonflable", category: "Fusées" }, [], ZOE);
    await send(unknownCategory);
    expect(textOf(await fake.waitFor(/^PATCH /, answersTo(unknownCategory.token)))).toMatch(/^Catégorie : Catégorie inconnue : « Fusées »/);
    const badKind = modalSubmit(modal.custom_id, { ...fields, title: "Paddle gonflable", kind: ["gift"] }, [], ZOE);
    await send(badKind);
    expect(textOf(await fake.waitFor(/^PATCH /, answersTo(badKind.token)))).toMatch(/^Type : /);
    await t.channels.discord?.idle();
    expect(
      await t.core.db.prisma.listing.count({ where: { title: { in: ["Kayak gonflable Itiwit", "Canoë Old Town", "Paddle gonflable"] } } }),
    ).toBe(1);
  });

  it("edits a listing in a modal filled with what it says, from /relais edit (autocomplete of their listings) and from its card's Modifier button; only the owner", async () => {
    const kayak = await t.core.db.prisma.listing.findFirstOrThrow({ where: { title: "Kayak gonflable Itiwit" } });
    const suggested = await send(autocomplete({ listing: "kay" }, "listing", ZOE, "edit"));
    expect(choicesOf(suggested.body)).toEqual([{ name: "Kayak gonflable Itiwit", value: kayak.id }]);
    expect(choicesOf((await send(autocomplete({ listing: "kay" }, "listing", SAM, "edit"))).body)).toEqual([]);

    // A new category is said in the command (the modal holds 5 fields: title, price, place, description, photos to add).
    const opened = await send(command("edit", { listing: kayak.id, category: "bikes" }, ZOE));
    expect(opened.body?.type).toBe(9);
    const modal = opened.body?.data as {
      custom_id: string;
      title: string;
      components: { component: { custom_id: string; value?: string } }[];
    };
    expect(modal.custom_id).toBe(`relais_listing_edit:${kayak.id}|bikes`);
    expect(modal.title).toBe("Modifier l'annonce");
    expect(Object.fromEntries(modal.components.map((c) => [c.component.custom_id, c.component.value]))).toEqual({
      title: "Kayak gonflable Itiwit",
      price: "140",
      place: kayak.placeName,
      description: "Deux places, très peu servi.",
      photos: undefined,
    });
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#118844" } })
      .png()
      .toBuffer();
    const url = fake.addAttachment("1140000000000000009", photo, "image/png");
    const saved = modalSubmit(
      modal.custom_id,
      { title: "Kayak gonflable Itiwit 2 places", price: "120", place: "Annecy", description: "Avec pagaies." },
      [{ id: "1140000000000000009", filename: "pagaies.png", contentType: "image/png", size: photo.byteLength, url }],
      ZOE,
    );
    await send(saved);
    expect(textOf(await fake.waitFor(/^PATCH /, answersTo(saved.token)))).toContain("C'est modifié");
    const edited = await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: kayak.id }, include: { category: true, images: true } });
    expect([edited.category.slug, edited.images.length]).toEqual(["bikes", 2]);
    const changed = await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: kayak.id } });
    expect([changed.title, changed.priceMinor, changed.description]).toEqual(["Kayak gonflable Itiwit 2 places", 12000, "Avec pagaies."]);

    // Someone else's listing: neither its form nor a forged submission touches it.
    const notHers = await send(command("edit", { listing: kayak.id }, SAM));
    expect(notHers.body).toMatchObject({ type: 4, data: { flags: 64 } });
    const forged = modalSubmit(modal.custom_id, { title: "Volé", price: "1" }, [], SAM);
    await send(forged);
    await fake.waitFor(/^PATCH /, answersTo(forged.token));
    expect((await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: kayak.id } })).title).toBe("Kayak gonflable Itiwit 2 places");

    // "mes annonces": each card has a Modifier button, which opens the same filled form.
    const mine = command("ask", { text: "mes annonces" }, ZOE);
    await send(mine);
    const cards = await fake.waitFor(/^PATCH /, answersTo(mine.token));
    const components = cards.body.components as unknown[];
    const [, editId = ""] = JSON.stringify(components).match(/"custom_id":"([^"]+)","label":"Modifier"/) ?? [];
    expect(editId).not.toBe("");
    const pressed = await send(
      componentPress({ customId: editId }, { id: String(cards.result?.id), components, flags: Number(cards.body.flags) }, ZOE),
    );
    expect(pressed.body?.type).toBe(9);
    expect(pressed.body?.data).toMatchObject({ custom_id: `relais_listing_edit:${kayak.id}` });
  });

  it("a command Relais does not know gets a polite private answer in the member's language", async () => {
    const request = command("dance", {}, ZOE);
    const response = await send(request);
    expect(response.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(String((response.body?.data as { content?: string } | undefined)?.content)).toMatch(/pas compris/);
  });
});
