/**
 * Teams end to end in anonymous development mode: the real Agents SDK CloudAdapter mounted on
 * Relais' express server (POST /api/messages), answering a local fake Bot Connector given as
 * the activities' `serviceUrl` (with its region path), with activities shaped like Teams'
 * captures. Assertions read what a member would see (what the connector received) and what
 * Relais stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../api/test/harness.ts";
import { type ConnectorCall, type FakeConnector, REGION_PATH, startFakeConnector } from "./fake-connector.ts";
import {
  CHANNEL,
  channelMention,
  executeInvoke,
  GROUP_CHAT,
  groupMention,
  groupMessage,
  personalConversationOf,
  personalInstall,
  personalMessage,
  postActivity,
  SAM,
  submitMessage,
  TENANT,
  taskInvoke,
  ZOE,
} from "./teams-activities.ts";

let connector: FakeConnector;
let t: TestApi;

// biome-ignore lint/suspicious/noExplicitAny: cards are read as JSON.
type Json = any;
const cardOf = (call: ConnectorCall): Json => call.activity.attachments?.[0]?.content;
/** Every button of a card, wherever it sits. */
function buttonsOf(card: Json): Json[] {
  const found: Json[] = [];
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    if (typeof node.type === "string" && node.type.startsWith("Action.") && node.title) found.push(node);
    for (const [key, value] of Object.entries(node)) if (key !== "fallback") visit(value);
  };
  visit(card?.body);
  return found;
}

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApi();
});

afterAll(async () => {
  await t?.close();
  await connector?.close();
});

describe("Teams in anonymous development mode", () => {
  it("answers a personal message in that chat, typing first, as the member named and speaking as in Teams", async () => {
    const activity = personalMessage("aide", ZOE, connector.serviceUrl);
    const response = await postActivity(t.url, activity);
    expect(response.status).toBe(200);
    const conversation = personalConversationOf(ZOE);
    const typing = connector.calls.find((call) => call.conversation === conversation && call.activity.type === "typing");
    const answer = await connector.waitFor((call) => call.conversation === conversation && call.activity.type === "message");
    expect(typing).toBeDefined();
    expect(connector.calls.indexOf(typing!)).toBeLessThan(connector.calls.indexOf(answer));
    // A reply to the member's message, under the serviceUrl's region path; no token in anonymous mode.
    expect(answer.kind).toBe("reply");
    expect(answer.activityId).toBe(activity.id);
    expect(answer.authorization).toBeUndefined();
    expect(connector.strays).toEqual([]);
    expect(JSON.stringify(answer.activity)).toMatch(/sais faire|annonce/i);
    const identity = await t.core.db.prisma.identity.findUniqueOrThrow({
      where: { provider_externalId: { provider: "teams", externalId: `${TENANT}:${ZOE.aad}` } },
      include: { user: true },
    });
    expect(identity.user.name).toBe("Zoé Martin");
    expect(identity.user.locale).toBe("fr");
    expect(identity.workspaceId).toBe(TENANT);
    // The personal chat is remembered for later notifications.
    const reference = identity.conversationReference as Json;
    expect(reference.conversation.id).toBe(conversation);
    expect(reference.serviceUrl).toBe(connector.serviceUrl);
  });

  it("answers a channel mention in the post's thread, the <at> mention stripped", async () => {
    const activity = channelMention("what can you do?", SAM, connector.serviceUrl);
    expect((await postActivity(t.url, activity)).status).toBe(200);
    const answer = await connector.waitFor((call) => call.conversation.startsWith(CHANNEL) && call.activity.type === "message");
    expect(answer.conversation).toBe(`${CHANNEL};messageid=${activity.id}`);
    expect(answer.activityId).toBe(activity.id);
    // Understood as English help: the mention did not reach the assistant as words.
    expect(JSON.stringify(answer.activity)).toMatch(/I can|listing/i);
    expect(JSON.stringify(answer.activity)).not.toContain("<at>");
  });

  it("leaves group-chat messages that do not mention the app alone", async () => {
    const before = connector.calls.length;
    expect((await postActivity(t.url, groupMessage("on se voit demain ?", ZOE, connector.serviceUrl))).status).toBe(200);
    await t.channels.teams?.idle();
    expect(connector.calls.slice(before).filter((call) => call.conversation === GROUP_CHAT)).toEqual([]);
  });

  it("answers a group-chat message that mentions the app in that group chat, in the member's language, and remembers the chat", async () => {
    const activity = groupMention("aide", ZOE, connector.serviceUrl);
    expect((await postActivity(t.url, activity)).status).toBe(200);
    const answer = await connector.waitFor((call) => call.conversation === GROUP_CHAT && call.activity.type === "message");
    expect(answer.activityId).toBe(activity.id);
    expect(JSON.stringify(answer.activity)).toMatch(/sais faire|annonce/i);
    expect(JSON.stringify(answer.activity)).not.toContain("<at>");
    const place = await t.core.db.prisma.chatPlace.findUniqueOrThrow({
      where: { provider_externalId: { provider: "teams", externalId: GROUP_CHAT } },
    });
    expect(place.kind).toBe("group");
  });

  it("answers a listing with an Adaptive Card; its Action.Execute runs once and the invoke's body is the refreshed card", async () => {
    const conversation = personalConversationOf(ZOE);
    const from = connector.calls.length;
    await postActivity(t.url, personalMessage("je propose mon vélo de course Peugeot à Lyon pour 120 €", ZOE, connector.serviceUrl));
    const posted = await connector.waitFor(
      (call) =>
        connector.calls.indexOf(call) >= from &&
        call.conversation === conversation &&
        /Annuler|Undo/.test(JSON.stringify(cardOf(call) ?? {})),
    );
    const card = cardOf(posted);
    expect(posted.activity.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card.version).toBe("1.5");
    expect(card.fallbackText.length).toBeGreaterThan(0);
    const undo = buttonsOf(card).find((button) => /Annuler|Undo/.test(button.title));
    expect(undo.type).toBe("Action.Execute");
    expect(undo.fallback.type).toBe("Action.Submit");
    expect(undo.fallback.data).toEqual(undo.data);
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({ where: { title: { contains: "Peugeot" }, status: "active" } });

    const click = executeInvoke(undo.data, ZOE, connector.serviceUrl, posted.id);
    const answer = await postActivity(t.url, click);
    expect(answer.status).toBe(200);
    const body = answer.body as Json;
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe("application/vnd.microsoft.card.adaptive");
    const refreshed = JSON.stringify(body.value);
    expect(refreshed).toContain(`✓ ${undo.title}`);
    expect(buttonsOf(body.value).some((button) => button.title === undo.title)).toBe(false);
    expect((await t.core.db.prisma.listing.findUnique({ where: { id: listing.id } }))?.status).not.toBe("active");

    // The same click again (Teams retries, a double click): refreshed, nothing run twice.
    const messagesBefore = connector.messages(conversation).length;
    const again = await postActivity(t.url, { ...click, id: `${click.id}9` });
    expect(again.status).toBe(200);
    expect(JSON.stringify((again.body as Json).value)).toContain("✓");
    await t.channels.teams?.idle();
    expect(connector.messages(conversation).length).toBe(messagesBefore);
  });

  it("runs an Action.Submit (older clients: a message with the button's value) once and updates its card", async () => {
    const conversation = personalConversationOf(SAM);
    const from = connector.calls.length;
    await postActivity(t.url, personalMessage("I offer my Anglepoise desk lamp in Lyon for 40 €", SAM, connector.serviceUrl));
    const posted = await connector.waitFor(
      (call) =>
        connector.calls.indexOf(call) >= from &&
        call.conversation === conversation &&
        /Undo|Annuler/.test(JSON.stringify(cardOf(call) ?? {})),
    );
    const undo = buttonsOf(cardOf(posted)).find((button) => /Undo|Annuler/.test(button.title));
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({ where: { title: { contains: "Anglepoise" }, status: "active" } });
    expect((await postActivity(t.url, submitMessage(undo.fallback.data, SAM, connector.serviceUrl, posted.id))).status).toBe(200);
    const updated = await connector.waitFor((call) => call.kind === "update" && call.activityId === posted.id);
    expect(updated.conversation).toBe(conversation);
    expect(JSON.stringify(cardOf(updated))).toContain(`✓ ${undo.title}`);
    expect(buttonsOf(cardOf(updated)).some((button) => button.title === undo.title)).toBe(false);
    expect((await t.core.db.prisma.listing.findUnique({ where: { id: listing.id } }))?.status).not.toBe("active");
  });

  it("remembers a member's personal chat when the app is installed, before they write", async () => {
    const member = { id: "29:1NewcomerAbCdEf", aad: "11111111-2222-4333-8444-555555555555", name: "Nina Petit", locale: "fr-FR" };
    expect((await postActivity(t.url, personalInstall(member, connector.serviceUrl))).status).toBe(200);
    const identity = await t.core.db.prisma.identity.findUniqueOrThrow({
      where: { provider_externalId: { provider: "teams", externalId: `${TENANT}:${member.aad}` } },
    });
    expect((identity.conversationReference as Json).conversation.id).toBe(personalConversationOf(member));
  });

  it("creates and edits a listing in a dialog (task module): refusals shown under their field, nothing written until it is right", async () => {
    const conversation = personalConversationOf(ZOE);
    const from = connector.calls.length;
    await postActivity(t.url, personalMessage("nouvelle annonce", ZOE, connector.serviceUrl));
    const offered = await connector.waitFor((call) => connector.calls.indexOf(call) >= from && call.conversation === conversation);
    const open = buttonsOf(cardOf(offered))[0];
    expect(open.type).toBe("Action.Submit");
    expect(open.data.msteams).toEqual({ type: "task/fetch" });

    const fetched = (await postActivity(t.url, taskInvoke("task/fetch", open.data, ZOE, connector.serviceUrl))).body as Json;
    expect(fetched.task.type).toBe("continue");
    expect(fetched.task.value.title).toBe("Nouvelle annonce");
    const inputs = fetched.task.value.card.content.body.filter((e: Json) => String(e.type).startsWith("Input.")).map((e: Json) => e.id);
    expect(inputs).toEqual(expect.arrayContaining(["kind", "title", "price", "place", "description"]));

    const values = { kind: "offer", title: "Lampe Pixar articulée", price: "douze", place: "Lyon", description: "Bon état" };
    const refused = (await postActivity(t.url, taskInvoke("task/submit", { ...open.data, ...values }, ZOE, connector.serviceUrl)))
      .body as Json;
    expect(refused.task.type).toBe("continue");
    const drawn = JSON.stringify(refused.task.value.card.content);
    expect(drawn).toContain("Un montant comme 120 ou 12,50.");
    expect(drawn).toContain("Lampe Pixar articulée");
    expect(await t.core.db.prisma.listing.count({ where: { title: "Lampe Pixar articulée" } })).toBe(0);

    const saved = (
      await postActivity(t.url, taskInvoke("task/submit", { ...open.data, ...values, price: "12" }, ZOE, connector.serviceUrl))
    ).body as Json;
    expect(saved.task.type).toBe("message");
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({ where: { title: "Lampe Pixar articulée" } });
    expect(listing.priceMinor).toBe(1200);

    // Edit it: the "edit listing" card lists the member's listings; the dialog opens filled in.
    const before = connector.calls.length;
    await postActivity(t.url, personalMessage("modifier une annonce", ZOE, connector.serviceUrl));
    const choose = await connector.waitFor(
      (call) =>
        connector.calls.indexOf(call) >= before &&
        call.conversation === conversation &&
        JSON.stringify(call.activity).includes("relaisListing"),
    );
    const choices = cardOf(choose)
      .body.find((e: Json) => e.id === "relaisListing")
      .choices.map((c: Json) => c.value);
    expect(choices).toContain(listing.id);
    const edit = { ...buttonsOf(cardOf(choose))[0].data, relaisListing: listing.id };
    const form = (await postActivity(t.url, taskInvoke("task/fetch", edit, ZOE, connector.serviceUrl))).body as Json;
    expect(JSON.stringify(form.task.value.card.content)).toContain("Lampe Pixar articulée");
    const changed = (
      await postActivity(
        t.url,
        taskInvoke(
          "task/submit",
          { ...edit, title: "Lampe Pixar articulée, ampoule neuve", price: "15", place: "Lyon" },
          ZOE,
          connector.serviceUrl,
        ),
      )
    ).body as Json;
    expect(changed.task.type).toBe("message");
    const after = await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } });
    expect(after.title).toBe("Lampe Pixar articulée, ampoule neuve");
    expect(after.priceMinor).toBe(1500);

    // Someone else cannot open or save Zoé's listing.
    const stolen = (await postActivity(t.url, taskInvoke("task/submit", { ...edit, title: "Volée" }, SAM, connector.serviceUrl)))
      .body as Json;
    expect(stolen.task.type).toBe("message");
    expect((await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).title).toBe(
      "Lampe Pixar articulée, ampoule neuve",
    );
  });

  it("opens a listing's edit dialog from the Modifier button of « mes annonces », filled in, and saves it", async () => {
    const listing = await t.core.db.prisma.listing.findFirstOrThrow({ where: { title: "Lampe Pixar articulée, ampoule neuve" } });
    const conversation = personalConversationOf(ZOE);
    const before = connector.calls.length;
    await postActivity(t.url, personalMessage("mes annonces", ZOE, connector.serviceUrl));
    const shown = await connector.waitFor(
      (call) =>
        connector.calls.indexOf(call) >= before && call.conversation === conversation && JSON.stringify(call.activity).includes(listing.id),
    );
    const edit = buttonsOf(cardOf(shown)).find((button) => button.title === "Modifier" && button.data?.relaisListing === listing.id);
    expect(edit?.type).toBe("Action.Submit");
    expect(edit?.data).toEqual({ msteams: { type: "task/fetch" }, relaisForm: "edit", relaisListing: listing.id });

    const form = (await postActivity(t.url, taskInvoke("task/fetch", edit?.data, ZOE, connector.serviceUrl))).body as Json;
    expect(form.task.type).toBe("continue");
    expect(form.task.value.card.content.body.find((e: Json) => e.id === "title")?.value).toBe("Lampe Pixar articulée, ampoule neuve");
    // Teams submits every input of the dialog: what it was filled with, the price changed.
    const inputs = Object.fromEntries(
      form.task.value.card.content.body.filter((e: Json) => String(e.type).startsWith("Input.")).map((e: Json) => [e.id, e.value ?? ""]),
    );
    const submitted = { ...edit?.data, ...inputs, price: "18" };
    const saved = (await postActivity(t.url, taskInvoke("task/submit", submitted, ZOE, connector.serviceUrl))).body as Json;
    expect(saved.task.type).toBe("message");
    expect((await t.core.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).priceMinor).toBe(1800);
  });

  it("refuses a body that is not an activity with 400, doing nothing", async () => {
    const before = connector.calls.length;
    const response = await postActivity(t.url, { type: "message", text: "aide" });
    expect(response.status).toBe(400);
    expect(connector.calls.length).toBe(before);
    expect(REGION_PATH).toBe("/emea/");
  });
});
