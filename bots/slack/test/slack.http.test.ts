/**
 * Slack end to end over HTTP: the real Bolt 5 receiver mounted on Relais' express server and
 * the real Web API client, against a local fake of Slack's Web API, with inbound bodies shaped
 * like Slack's and signed as Slack signs them. Assertions read what a member would see (the
 * calls Slack received) and what Relais stored.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type FakeSlack, startFakeSlack } from "./fake-slack.ts";
import {
  appHomeOpened,
  appMention,
  assistantThreadStarted,
  botEcho,
  buttonClick,
  directMessage,
  postSigned,
  type SlackRequest,
  slashCommand,
  TEST_SIGNING_SECRET,
  urlVerification,
  viewSubmission,
} from "./slack-requests.ts";

let fake: FakeSlack;
let t: TestApi;
let events: string;

const TEAM = "T0RELAIS";
const ZOE = { team: TEAM, user: "U0ZOE", channel: "D0ZOE" };

type Block = { type: string; block_id?: string; text?: { text: string }; elements?: { action_id?: string; text?: { text: string } }[] };
const blocksOf = (call: { args: Record<string, unknown> }) => (call.args.blocks ?? []) as Block[];
const textOfBlocks = (blocks: Block[]) => JSON.stringify(blocks);

async function send(request: SlackRequest, options = {}) {
  const response = await postSigned(events, request, options);
  return { status: response.status, body: await response.text() };
}

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.addUser({ id: "U0ZOE", team_id: TEAM, name: "zoe", real_name: "Zoé Martin", locale: "fr-FR", tz: "Europe/Paris" });
  fake.addUser({ id: "U0SAM", team_id: TEAM, name: "sam", real_name: "Sam Carter", locale: "en-GB", tz: "Europe/London" });
  t = await startTestApi({
    RELAIS_DEMO_DATA: "true",
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: fake.apiUrl,
  });
  events = `${t.url}/slack/events`;
});

afterAll(async () => {
  await t?.close();
  await fake?.close();
});

describe("Slack over HTTP", () => {
  it("answers Slack's url_verification challenge", async () => {
    const response = await send(urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("answers a DM search with listing cards as Block Kit in that DM, as a member named and speaking as in Slack", async () => {
    const request = directMessage("je cherche un vélo vers Lyon", ZOE);
    const response = await send(request);
    expect(response.status).toBe(200);
    const posted = await fake.waitFor("chat.postMessage", (call) => call.args.channel === ZOE.channel);
    expect(posted.token).toBe("xoxb-test-token");
    expect(posted.args.thread_ts).toBeUndefined();
    expect(String(posted.args.text)).toMatch(/vélo|velo/i);
    const blocks = blocksOf(posted);
    expect(blocks.length).toBeLessThanOrEqual(50);
    const sections = blocks.filter((b) => b.type === "section");
    const actions = blocks.filter((b) => b.type === "actions");
    expect(sections.length).toBeGreaterThan(2);
    expect(actions.length).toBeGreaterThan(0);
    expect(actions[0]?.elements?.map((e) => e.text?.text)).toEqual(expect.arrayContaining(["Contacter"]));
    const identity = await t.core.db.prisma.identity.findUnique({
      where: { provider_externalId: { provider: "slack", externalId: `${TEAM}:U0ZOE` } },
      include: { user: true },
    });
    expect(identity?.user.name).toBe("zoe");
    expect(identity?.user.locale).toBe("fr");
  });

  it("answers a mention in a channel inside the mention's thread", async () => {
    const request = appMention("what can you do?", { team: TEAM, user: "U0SAM", channel: "C0GENERAL" });
    expect((await send(request)).status).toBe(200);
    const posted = await fake.waitFor("chat.postMessage", (call) => call.args.channel === "C0GENERAL");
    expect(posted.args.thread_ts).toBe(request.ts);
    expect(String(posted.args.text).length).toBeGreaterThan(0);
  });

  it("answers /relais aide through the command's response_url, to that member only", async () => {
    const response = await send(slashCommand("aide", { ...ZOE, channel: "C0GENERAL", responseUrl: fake.responseUrl("cmd-aide") }));
    expect(response.status).toBe(200);
    const answer = await fake.waitFor("response_url:cmd-aide");
    expect(answer.args.response_type).toBe("ephemeral");
    expect(String(answer.args.text)).toMatch(/sais faire/);
    expect(Array.isArray(answer.args.blocks)).toBe(true);
  });

  it("runs a pressed button once and updates the message so its row shows what was chosen", async () => {
    const request = directMessage("je propose mon vélo de course Peugeot à Lyon pour 120 €", ZOE);
    await send(request);
    const posted = await fake.waitFor(
      "chat.postMessage",
      (call) =>
        call.args.channel === ZOE.channel &&
        textOfBlocks(blocksOf(call)).includes("Peugeot") &&
        /Annuler|Undo/.test(textOfBlocks(blocksOf(call))),
    );
    const created = await t.core.db.prisma.listing.findFirst({ where: { title: { contains: "Peugeot" }, status: "active" } });
    expect(created).not.toBeNull();
    const blocks = blocksOf(posted);
    const undo = blocks.flatMap((b) => b.elements ?? []).find((e) => /Annuler|Undo/.test(e.text?.text ?? ""));
    expect(undo?.action_id).toBeTruthy();
    const messageTs = String(posted.result?.ts);
    const click = buttonClick(
      { actionId: undo?.action_id ?? "", label: undo?.text?.text ?? "", blockId: "relais_card_actions:0" },
      { ...ZOE, messageTs, messageBlocks: blocks, responseUrl: fake.responseUrl("undo") },
    );
    expect((await send(click)).status).toBe(200);
    const updated = await fake.waitFor("chat.update", (call) => call.args.ts === messageTs);
    expect(updated.args.channel).toBe(ZOE.channel);
    const after = textOfBlocks(blocksOf(updated));
    expect(after).toContain("✓");
    expect(after).not.toContain(String(undo?.action_id));
    await fake.waitFor(
      "chat.postMessage",
      (call) => fake.calls.indexOf(call) > fake.calls.indexOf(updated) && call.args.channel === ZOE.channel,
    );
    const gone = await t.core.db.prisma.listing.findUnique({ where: { id: created!.id } });
    expect(gone?.status).not.toBe("active");
  });

  it("refuses unsigned, badly signed, replayed and tampered requests with 401, doing nothing", async () => {
    const postsBefore = fake.callsTo("chat.postMessage").length;
    const usersBefore = await t.core.db.prisma.identity.count({ where: { provider: "slack" } });
    const stranger = { team: TEAM, user: "U0MALLORY", channel: "D0MALLORY" };
    const request = directMessage("je cherche un vélo", stranger);
    const unsigned = await fetch(events, { method: "POST", headers: { "content-type": "application/json" }, body: request.rawBody });
    expect(unsigned.status).toBe(401);
    expect((await send(request, { secret: "not-the-signing-secret" })).status).toBe(401);
    expect((await send(request, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const headers = (await import("./slack-requests.ts")).signedHeaders(request.rawBody, request.contentType);
    const tampered = await fetch(events, { method: "POST", headers, body: request.rawBody.replace("vélo", "vélos") });
    expect(tampered.status).toBe(401);
    // Proof of nothing done: the next signed request is answered, and it is the only answer.
    await send(directMessage("bonjour", ZOE));
    await fake.waitFor("chat.postMessage", () => fake.callsTo("chat.postMessage").length > postsBefore);
    expect(fake.callsTo("chat.postMessage").filter((c) => c.args.channel === stranger.channel)).toHaveLength(0);
    expect(await t.core.db.prisma.identity.count({ where: { provider: "slack", externalId: `${TEAM}:U0MALLORY` } })).toBe(0);
    expect(await t.core.db.prisma.identity.count({ where: { provider: "slack" } })).toBe(usersBefore);
  });

  it("answers an event Slack retries (same event id, X-Slack-Retry-Num) once", async () => {
    const request = directMessage("mes annonces", { ...ZOE, channel: "D0ZOE2" });
    expect((await send(request)).status).toBe(200);
    await fake.waitFor("chat.postMessage", (call) => call.args.channel === "D0ZOE2");
    const retry = await send(request, { retryNum: 1, retryReason: "http_timeout" });
    expect(retry.status).toBe(200);
    expect((await send(request, { retryNum: 2 })).status).toBe(200);
    // A later message in the same DM is answered: the retries before it were not.
    await send(directMessage("aide", { ...ZOE, channel: "D0ZOE2" }));
    await fake.waitFor("chat.postMessage", (call) => call.args.channel === "D0ZOE2" && /sais faire/.test(String(call.args.text)));
    expect(fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "D0ZOE2")).toHaveLength(2);
  });

  it("keeps workspaces apart: the same user id in another team is another member and cannot press the first one's buttons", async () => {
    const from = fake.calls.length;
    await send(directMessage("je cherche un vélo vers Lyon", ZOE));
    const shown = await fake.waitFor(
      "chat.postMessage",
      (call) => call.args.channel === ZOE.channel && fake.calls.indexOf(call) >= from && textOfBlocks(blocksOf(call)).includes("Contacter"),
    );
    const contact = blocksOf(shown)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text?.text === "Contacter");
    expect(contact?.action_id, textOfBlocks(blocksOf(shown))).toBeTruthy();
    // U0ZOE of another organisation, in a Slack Connect DM under the same bot token.
    fake.addUser({ id: "U0ZOE", team_id: "T0OTHER", name: "zoe-other", real_name: "Zoé Autre", locale: "fr-FR" });
    const click = buttonClick(
      { actionId: contact?.action_id ?? "", label: "Contacter" },
      { team: "T0OTHER", user: "U0ZOE", channel: "D0OTHER", messageTs: String(shown.result?.ts), responseUrl: fake.responseUrl("other") },
    );
    expect((await send(click)).status).toBe(200);
    const refused = await fake.waitFor("chat.postMessage", (call) => call.args.channel === "D0OTHER");
    expect(String(refused.args.text)).toMatch(/pas pour vous|n'est pas|not yours|autre membre/i);
    const [here, other] = await Promise.all(
      ["T0RELAIS:U0ZOE", "T0OTHER:U0ZOE"].map((externalId) =>
        t.core.db.prisma.identity.findUnique({ where: { provider_externalId: { provider: "slack", externalId } } }),
      ),
    );
    expect(here?.userId).toBeTruthy();
    expect(other?.userId).toBeTruthy();
    expect(other?.userId).not.toBe(here?.userId);
  });

  it("publishes the App Home on open: the member's listings, proposals and conversations, with buttons", async () => {
    const from = fake.calls.length;
    await send(directMessage("je propose une lampe de bureau Anglepoise à Lyon pour 40 €", ZOE));
    await fake.waitFor(
      "chat.postMessage",
      (call) => fake.calls.indexOf(call) >= from && textOfBlocks(blocksOf(call)).includes("Anglepoise"),
    );
    expect((await send(appHomeOpened(ZOE))).status).toBe(200);
    const published = await fake.waitFor("views.publish", (call) => call.args.user_id === "U0ZOE");
    const view = published.args.view as { type: string; blocks: Block[] };
    expect(view.type).toBe("home");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const drawn = textOfBlocks(view.blocks);
    expect(drawn).toContain("Anglepoise");
    expect(view.blocks.some((b) => b.type === "actions")).toBe(true);
    // A button pressed on the Home tab answers in the member's DM and draws the tab again.
    const button = view.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id && !e.action_id.startsWith("relais_"));
    const publishes = fake.callsTo("views.publish").length;
    const click = JSON.parse(
      new URLSearchParams(
        buttonClick(
          { actionId: button?.action_id ?? "", label: button?.text?.text ?? "" },
          { ...ZOE, messageTs: "1.1", responseUrl: fake.responseUrl("home") },
        ).rawBody,
      ).get("payload") ?? "{}",
    );
    click.container = { type: "view", view_id: "V0HOME" };
    delete click.message;
    delete click.channel;
    expect(
      (
        await send({
          rawBody: new URLSearchParams({ payload: JSON.stringify(click) }).toString(),
          contentType: "application/x-www-form-urlencoded",
        })
      ).status,
    ).toBe(200);
    await fake.waitFor("views.publish", () => fake.callsTo("views.publish").length > publishes);
    // The answer goes out through the delivery outbox, to the member's DM.
    await fake.waitFor("chat.postMessage", (c) => c.args.channel === "U0ZOE");
  });

  it("posts a listing from the modal the Home tab opens; a refused field is shown next to it and nothing is written", async () => {
    const opening = JSON.parse(
      new URLSearchParams(
        buttonClick(
          { actionId: "relais_open_listing_form", label: "Nouvelle annonce" },
          { ...ZOE, messageTs: "1.1", responseUrl: fake.responseUrl("open") },
        ).rawBody,
      ).get("payload") ?? "{}",
    );
    opening.container = { type: "view", view_id: "V0HOME" };
    expect(
      (
        await send({
          rawBody: new URLSearchParams({ payload: JSON.stringify(opening) }).toString(),
          contentType: "application/x-www-form-urlencoded",
        })
      ).status,
    ).toBe(200);
    const opened = await fake.waitFor("views.open");
    const modal = opened.args.view as {
      callback_id: string;
      title: { text: string };
      blocks: { block_id: string; optional?: boolean; element: { type: string; options?: { value: string }[]; max_files?: number } }[];
    };
    expect(modal.title.text).toBe("Nouvelle annonce");
    expect(modal.blocks.map((b) => b.block_id)).toEqual(["kind", "title", "category", "price", "place", "description", "photos"]);
    // Slack's file_input: the member uploads photos in the modal itself.
    expect(modal.blocks.at(-1)).toMatchObject({ optional: true, element: { type: "file_input", max_files: 8 } });
    const category = modal.blocks.find((b) => b.block_id === "category")?.element.options?.[0]?.value ?? "";
    expect(category).not.toBe("");
    const field = (value: string) => ({ value: { type: "plain_text_input", value } });
    const choice = (value: string) => ({
      value: { type: "static_select", selected_option: { value, text: { type: "plain_text", text: value } } },
    });
    const values = {
      kind: choice("offer"),
      title: field("Tente Quechua 2 places"),
      category: choice(category),
      price: field("abc"),
      place: field("Lyon"),
      description: field("Montée deux fois, sans défaut."),
    };
    const refused = await send(viewSubmission({ callbackId: modal.callback_id, values }, ZOE));
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.body)).toEqual({ response_action: "errors", errors: { price: "Un montant comme 120 ou 12,50." } });
    const tooShort = await send(
      viewSubmission({ callbackId: modal.callback_id, values: { ...values, price: field("35"), title: field("ab") } }, ZOE),
    );
    expect(JSON.parse(tooShort.body).errors.title).toMatch(/court|caractères/);
    expect(await t.core.db.prisma.listing.count({ where: { title: { contains: "Quechua" } } })).toBe(0);

    const accepted = await send(viewSubmission({ callbackId: modal.callback_id, values: { ...values, price: field("35,50") } }, ZOE));
    expect(accepted.status).toBe(200);
    expect(accepted.body).toBe("");
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({
      where: { title: "Tente Quechua 2 places" },
      include: { category: true },
    });
    expect(listing.kind).toBe("offer");
    expect(listing.priceMinor).toBe(3550);
    expect(listing.category.slug).toBe(category);
    const confirmation = await fake.waitFor(
      "chat.postMessage",
      (call) => call.args.channel === "U0ZOE" && String(call.args.text).includes("Quechua"),
    );
    expect(String(confirmation.args.text)).toMatch(/publié/);
  });

  it("a modal with photos: read from Slack with the bot token, through the listing image service onto the listing; a file that is not a photo is refused next to the field, nothing written", async () => {
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#cc6633" } })
      .jpeg()
      .toBuffer();
    const photoUrl = fake.addFile("F0MODALPHOTO", photo, "image/jpeg");
    const textUrl = fake.addFile("F0NOTPHOTO", new TextEncoder().encode("pas une image"), "image/jpeg");
    const uploaded = (id: string, url: string, size: number) => ({
      id,
      created: 1_764_400_000,
      name: `${id}.jpg`,
      title: `${id}.jpg`,
      mimetype: "image/jpeg",
      filetype: "jpg",
      user: ZOE.user,
      user_team: TEAM,
      size,
      is_public: false,
      url_private: url,
      url_private_download: url,
    });
    const field = (value: string) => ({ value: { type: "plain_text_input", value } });
    const values = {
      kind: { value: { type: "static_select", selected_option: { value: "offer", text: { type: "plain_text", text: "offer" } } } },
      title: field("Kayak gonflable deux places"),
      price: field("120"),
      place: field("Annecy"),
      photos: { value: { type: "file_input", files: [uploaded("F0NOTPHOTO", textUrl, 13)] } },
    };
    const refused = await send(viewSubmission({ callbackId: "relais_listing_create", values }, ZOE));
    expect(JSON.parse(refused.body)).toEqual({
      response_action: "errors",
      errors: { photos: "Ce fichier n'est pas une image JPEG, PNG ou WebP." },
    });
    expect(await t.core.db.prisma.listing.count({ where: { title: { contains: "Kayak" } } })).toBe(0);

    const accepted = await send(
      viewSubmission(
        {
          callbackId: "relais_listing_create",
          values: { ...values, photos: { value: { type: "file_input", files: [uploaded("F0MODALPHOTO", photoUrl, photo.byteLength)] } } },
        },
        ZOE,
      ),
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toBe("");
    expect(fake.callsTo("file:F0MODALPHOTO").map((call) => call.token)).toEqual(["xoxb-test-token"]);
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({
      where: { title: "Kayak gonflable deux places" },
      include: { images: true },
    });
    // The image service's output: resized to its display size, as WebP, whatever was uploaded.
    expect(listing.images).toHaveLength(1);
    expect(listing.images[0]).toMatchObject({ mimeType: "image/webp", width: 900, height: 600 });
    const shown = await t.request("GET", `/api/v1/listings/${listing.id}`);
    expect(shown.body.images).toHaveLength(1);
  });

  it("agent view: suggested prompts in the member's language when a chat opens, 'thinking…' while the turn runs, the answer in that thread", async () => {
    const started = assistantThreadStarted({ team: TEAM, user: "U0SAM", channel: "D0SAM" });
    expect((await send(started)).status).toBe(200);
    const prompts = await fake.waitFor("assistant.threads.setSuggestedPrompts", (call) => call.args.thread_ts === started.threadTs);
    const list = prompts.args.prompts as { title: string; message: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.length).toBeLessThanOrEqual(4);
    expect(list.map((p) => p.message)).toContain("my matches");
    const from = fake.calls.length;
    await send(directMessage("looking for a guitar in Paris", { team: TEAM, user: "U0SAM", channel: "D0SAM", threadTs: started.threadTs }));
    const answer = await fake.waitFor("chat.postMessage", (call) => fake.calls.indexOf(call) >= from && call.args.channel === "D0SAM");
    expect(answer.args.thread_ts).toBe(started.threadTs);
    const status = fake.calls.find((call) => call.method === "assistant.threads.setStatus" && fake.calls.indexOf(call) >= from);
    expect(status?.args.status).toBe("is thinking…");
    expect(fake.calls.indexOf(status!)).toBeLessThan(fake.calls.indexOf(answer));
  });

  it("edits a listing from the Home tab's select: the modal is filled with the listing, a save changes it, another member cannot", async () => {
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({ where: { title: "Tente Quechua 2 places" } });
    const publishes = fake.callsTo("views.publish").length;
    await send(appHomeOpened(ZOE));
    const home = await fake.waitFor("views.publish", () => fake.callsTo("views.publish").length > publishes);
    const select = (home.args.view as { blocks: Block[] }).blocks[0]?.elements?.find((e) => e.action_id === "relais_open_edit_listing") as
      | { options?: { value: string; text: { text: string } }[] }
      | undefined;
    expect(select?.options?.map((o) => o.value)).toContain(listing.id);

    const choose = JSON.parse(
      new URLSearchParams(
        buttonClick(
          { actionId: "relais_open_edit_listing", label: "" },
          { ...ZOE, messageTs: "1.1", responseUrl: fake.responseUrl("edit") },
        ).rawBody,
      ).get("payload") ?? "{}",
    );
    choose.container = { type: "view", view_id: "V0HOME" };
    choose.actions = [
      {
        action_id: "relais_open_edit_listing",
        block_id: "relais_home_header",
        type: "static_select",
        selected_option: { value: listing.id, text: { type: "plain_text", text: "Tente" } },
        action_ts: "1.2",
      },
    ];
    const opens = fake.callsTo("views.open").length;
    await send({
      rawBody: new URLSearchParams({ payload: JSON.stringify(choose) }).toString(),
      contentType: "application/x-www-form-urlencoded",
    });
    const opened = await fake.waitFor("views.open", () => fake.callsTo("views.open").length > opens);
    const modal = fake.callsTo("views.open").at(-1)?.args.view as {
      callback_id: string;
      private_metadata: string;
      title: { text: string };
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    void opened;
    expect(modal.title.text).toBe("Modifier l'annonce");
    expect(modal.private_metadata).toBe(listing.id);
    expect(modal.blocks.find((b) => b.block_id === "price")?.element.initial_value).toBe("35.50");
    expect(modal.blocks.map((b) => b.block_id)).not.toContain("kind");

    const field = (value: string) => ({ value: { type: "plain_text_input", value } });
    const values = {
      title: field("Tente Quechua 2 places, comme neuve"),
      price: field("30"),
      place: field("Lyon"),
      description: field("Montée deux fois."),
    };
    const stranger = await send(
      viewSubmission({ callbackId: modal.callback_id, privateMetadata: listing.id, values }, { team: TEAM, user: "U0SAM" }),
    );
    expect(JSON.parse(stranger.body).response_action).toBe("errors");
    expect((await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).priceMinor).toBe(3550);

    const saved = await send(viewSubmission({ callbackId: modal.callback_id, privateMetadata: listing.id, values }, ZOE));
    expect(saved.body).toBe("");
    const after = await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after.priceMinor).toBe(3000);
    expect(after.title).toBe("Tente Quechua 2 places, comme neuve");
    await fake.waitFor("chat.postMessage", (call) => call.args.channel === "U0ZOE" && String(call.args.text).includes("modifié"));
  });

  it("opens the same edit modal from the Modifier button of « mes annonces »", async () => {
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({ where: { title: "Tente Quechua 2 places, comme neuve" } });
    const from = fake.calls.length;
    await send(directMessage("mes annonces", ZOE));
    const list = await fake.waitFor(
      "chat.postMessage",
      (call) => fake.calls.indexOf(call) >= from && JSON.stringify(call.args).includes(listing.id),
    );
    const buttons = (list.args.blocks as Block[]).flatMap((b) => b.elements ?? []) as {
      action_id?: string;
      value?: string;
      text?: { text: string };
    }[];
    const edit = buttons.find((e) => e.action_id === "relais_open_edit_listing" && e.value === listing.id);
    expect(edit?.text?.text).toBe("Modifier");

    const opens = fake.callsTo("views.open").length;
    await send(
      buttonClick(
        { actionId: "relais_open_edit_listing", value: listing.id, label: "Modifier" },
        { ...ZOE, messageTs: "1.1", responseUrl: fake.responseUrl("edit-button") },
      ),
    );
    await fake.waitFor("views.open", () => fake.callsTo("views.open").length > opens);
    const modal = fake.callsTo("views.open").at(-1)?.args.view as {
      private_metadata: string;
      blocks: { block_id: string; element: { initial_value?: string } }[];
    };
    expect(modal.private_metadata).toBe(listing.id);
    expect(modal.blocks.find((b) => b.block_id === "title")?.element.initial_value).toBe("Tente Quechua 2 places, comme neuve");
  });

  it("says the listing is gone when a card's Modifier is pressed after it was deleted, and opens nothing", async () => {
    // The id a card carried, of a listing deleted since.
    const gone = { id: "cmgonelisting00000000000000" };
    const opens = fake.callsTo("views.open").length;
    const from = fake.calls.length;
    await send(
      buttonClick(
        { actionId: "relais_open_edit_listing", value: gone.id, label: "Modifier" },
        { ...ZOE, messageTs: "1.1", responseUrl: fake.responseUrl("edit-gone") },
      ),
    );
    await fake.waitFor(
      "chat.postMessage",
      (call) =>
        fake.calls.indexOf(call) >= from && call.args.channel === "U0ZOE" && String(call.args.text).includes("n'existe pas ou plus"),
    );
    expect(fake.callsTo("views.open")).toHaveLength(opens);
  });

  it("takes a photo shared with a message (downloaded with the bot token) onto the listing it posts", async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#3366cc" } })
      .png()
      .toBuffer();
    const url = fake.addFile("F0PHOTO", photo, "image/png");
    const from = fake.calls.length;
    await send(
      directMessage("je propose mon vélo pliant Brompton à Lyon pour 450 €", {
        ...ZOE,
        files: [{ id: "F0PHOTO", name: "brompton.png", mimetype: "image/png", size: photo.byteLength, url_private_download: url }],
      }),
    );
    await fake.waitFor("chat.postMessage", (call) => fake.calls.indexOf(call) >= from && /Brompton/.test(JSON.stringify(call.args)));
    await t.channels.slack?.idle();
    expect(fake.callsTo("file:F0PHOTO")[0]?.token).toBe("xoxb-test-token");
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({
      where: { title: { contains: "Brompton" } },
      include: { images: true },
    });
    expect(listing.images).toHaveLength(1);
  });

  it("ignores the bot's own messages", async () => {
    const before = fake.callsTo("chat.postMessage").length;
    const echo = botEcho("Voici 3 résultats", ZOE);
    expect((await send(echo)).status).toBe(200);
    // A real member's message after it is answered; the echo before it never was.
    await send(directMessage("bonjour", ZOE));
    await fake.waitFor(
      "chat.postMessage",
      (call) => fake.calls.indexOf(call) >= 0 && fake.callsTo("chat.postMessage").indexOf(call) >= before,
    );
    expect(fake.callsTo("chat.postMessage").length).toBe(before + 1);
  });
});
