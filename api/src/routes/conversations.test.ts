/**
 * Conversations over REST, the gaps a client hits (issue 13): edit and delete one's own message
 * (tombstone, live over socket.io), archive and leave, the listing a conversation is about, and
 * the list paged with the common cursor.
 */
import sharp from "sharp";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerMember, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
let alice: { token: string; id: string };
let bob: { token: string; id: string };
let carol: { token: string; id: string };
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await startTestApi();
  alice = await registerMember(t, "alice", "fr");
  bob = await registerMember(t, "bob");
  carol = await registerMember(t, "carol");
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await t?.close();
});

function connect(token: string): Promise<Socket> {
  const socket = io(t.url, { auth: { token }, transports: ["websocket"], reconnection: false, forceNew: true });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

const nextEvent = <T>(socket: Socket, event: string) => new Promise<T>((resolve) => socket.once(event, resolve));

async function direct(a: { token: string }, b: { id: string }, listingId?: string): Promise<string> {
  const res = await t.request("POST", "/api/v1/conversations", {
    token: a.token,
    body: { memberIds: [b.id], ...(listingId ? { listingId } : {}) },
  });
  expect(res.status, res.text).toBeLessThan(300);
  return res.body.id;
}

async function send(who: { token: string }, conversationId: string, body: string) {
  const res = await t.request("POST", `/api/v1/conversations/${conversationId}/messages`, {
    token: who.token,
    body: { body, clientMessageId: `c-${Math.random().toString(36).slice(2)}` },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: string; seq: number };
}

const listOf = async (who: { token: string }, query = "") =>
  (await t.request("GET", `/api/v1/conversations${query}`, { token: who.token })).body as {
    items: { id: string; archived: boolean }[];
    nextCursor: string | null;
  };

describe("editing and deleting one's own message", () => {
  it("the author edits; the other member sees the new text live and in the history", async () => {
    const id = await direct(alice, bob);
    const message = await send(alice, id, "On se voit à 10h ?");
    const bobSocket = await connect(bob.token);
    const live = nextEvent<{ id: string; body: string; editedAt: string | null }>(bobSocket, "message_updated");
    const edited = await t.request("PATCH", `/api/v1/conversations/${id}/messages/${message.id}`, {
      token: alice.token,
      body: { body: "On se voit à 11h ?" },
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body).toMatchObject({ id: message.id, seq: message.seq, body: "On se voit à 11h ?", deleted: false });
    expect(edited.body.editedAt).toEqual(expect.any(String));
    expect(await live).toMatchObject({ id: message.id, body: "On se voit à 11h ?" });
    const history = await t.request("GET", `/api/v1/conversations/${id}/messages`, { token: bob.token });
    expect(history.body.items.map((m: { body: string }) => m.body)).toEqual(["On se voit à 11h ?"]);
  });

  it("only the author, only within 24 hours, never a deleted message", async () => {
    const id = await direct(alice, bob);
    const message = await send(alice, id, "Prix : 40 €");
    const path = `/api/v1/conversations/${id}/messages/${message.id}`;
    const byBob = await t.request("PATCH", path, { token: bob.token, body: { body: "Prix : 4 €" } });
    expect(byBob.status).toBe(403);
    expect(byBob.body.code).toBe("message_not_author");
    expect((await t.request("DELETE", path, { token: bob.token })).status).toBe(403);
    // Carol is no member: the message does not exist for her.
    expect((await t.request("PATCH", path, { token: carol.token, body: { body: "x y z" } })).status).toBe(404);
    expect(
      (await t.request("PATCH", `/api/v1/conversations/${id}/messages/nope`, { token: alice.token, body: { body: "x y" } })).status,
    ).toBe(404);
    const empty = await t.request("PATCH", path, { token: alice.token, body: { body: "   " } });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe("body.body");

    await t.core.market.prisma.message.update({ where: { id: message.id }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    const late = await t.request("PATCH", path, {
      token: alice.token,
      body: { body: "Prix : 45 €" },
      headers: { "accept-language": "fr" },
    });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: "message_edit_window", title: "Conflit" });
    expect(late.body.detail).toContain("24 heures");
    const stored = await t.core.market.prisma.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(stored.body).toBe("Prix : 40 €");
  });

  it("a deleted message stays as a tombstone: no text, no attachments, in place, live for the others", async () => {
    const id = await direct(alice, carol);
    const first = await send(alice, id, "numéro : 06 12 34 56 78");
    const second = await send(carol, id, "merci");
    const carolSocket = await connect(carol.token);
    const live = nextEvent<{ id: string; deleted: boolean; body: string }>(carolSocket, "message_updated");
    const deleted = await t.request("DELETE", `/api/v1/conversations/${id}/messages/${first.id}`, { token: alice.token });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id: first.id, seq: first.seq, body: "", attachments: [], deleted: true });
    expect(await live).toMatchObject({ id: first.id, deleted: true, body: "" });
    const history = await t.request("GET", `/api/v1/conversations/${id}/messages`, { token: carol.token });
    expect(history.body.items.map((m: { id: string; deleted: boolean; body: string }) => [m.id, m.deleted, m.body])).toEqual([
      [first.id, true, ""],
      [second.id, false, "merci"],
    ]);
    expect((await t.core.market.prisma.message.findUniqueOrThrow({ where: { id: first.id } })).body).toBe("");
    const edit = await t.request("PATCH", `/api/v1/conversations/${id}/messages/${first.id}`, { token: alice.token, body: { body: "re" } });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe("message_deleted");
    // Deleting again changes nothing.
    expect((await t.request("DELETE", `/api/v1/conversations/${id}/messages/${first.id}`, { token: alice.token })).body.deleted).toBe(true);
  });
});

describe("archiving and leaving", () => {
  it("an archived conversation leaves my default list (not theirs), is listed with ?archived=true, and comes back with a new message", async () => {
    const id = await direct(bob, carol);
    await send(bob, id, "hello");
    const archived = await t.request("PATCH", `/api/v1/conversations/${id}`, { token: bob.token, body: { archived: true } });
    expect(archived.status, archived.text).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect((await listOf(bob)).items.map((c) => c.id)).not.toContain(id);
    expect((await listOf(bob, "?archived=true")).items.map((c) => c.id)).toEqual([id]);
    expect((await listOf(carol)).items.map((c) => c.id)).toContain(id);
    await send(carol, id, "still there?");
    expect((await listOf(bob)).items.map((c) => c.id)).toContain(id);
    expect((await listOf(bob, "?archived=true")).items).toEqual([]);
    // Archived and brought back by hand.
    await t.request("PATCH", `/api/v1/conversations/${id}`, { token: bob.token, body: { archived: true } });
    const back = await t.request("PATCH", `/api/v1/conversations/${id}`, { token: bob.token, body: { archived: false } });
    expect(back.body.archived).toBe(false);
    expect((await listOf(bob)).items.map((c) => c.id)).toContain(id);
    expect((await t.request("PATCH", `/api/v1/conversations/${id}`, { token: bob.token, body: {} })).status).toBe(400);
    expect((await t.request("GET", "/api/v1/conversations?archived=maybe", { token: bob.token })).status).toBe(400);
  });

  it("leaving a group ends my membership; a two-person conversation cannot be left", async () => {
    const group = await t.request("POST", "/api/v1/conversations", { token: alice.token, body: { memberIds: [bob.id, carol.id] } });
    const id = group.body.id;
    const aliceSocket = await connect(alice.token);
    const left = nextEvent<{ conversationId: string; userId: string }>(aliceSocket, "left");
    expect((await t.request("POST", `/api/v1/conversations/${id}/leave`, { token: carol.token })).status).toBe(204);
    expect(await left).toEqual({ conversationId: id, userId: carol.id });
    expect((await t.request("GET", `/api/v1/conversations/${id}`, { token: carol.token })).status).toBe(404);
    const view = await t.request("GET", `/api/v1/conversations/${id}`, { token: alice.token });
    expect(view.body.members.map((m: { id: string }) => m.id).sort()).toEqual([alice.id, bob.id].sort());
    const message = await send(alice, id, "à trois… à deux");
    expect(await t.core.market.prisma.delivery.count({ where: { messageId: message.id, userId: carol.id } })).toBe(0);
    const pair = await direct(alice, bob);
    const refused = await t.request("POST", `/api/v1/conversations/${pair}/leave`, { token: bob.token });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("conversation_leave_direct");
  });
});

describe("the conversation list", () => {
  it("pages with limit and nextCursor, each conversation once", async () => {
    const dave = await registerMember(t, "dave");
    const others = await Promise.all(["e1", "e2", "e3"].map((name) => registerMember(t, name)));
    for (const other of others) await send(dave, await direct(dave, other), "salut");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listOf(dave, `?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    const bad = await t.request("GET", "/api/v1/conversations?cursor=12", { token: dave.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("query.cursor");
  });

  it("messages page with nextCursor as cursor too, older pages from the latest, newer ones from after=", async () => {
    const fay = await registerMember(t, "fay");
    const id = await direct(fay, carol);
    for (const n of [1, 2, 3, 4, 5]) await send(fay, id, `m${n}`);
    const read = async (query: string) => {
      const res = await t.request("GET", `/api/v1/conversations/${id}/messages?${query}`, { token: carol.token });
      expect(res.status, res.text).toBe(200);
      return res.body as { items: { body: string }[]; nextCursor: string | null };
    };
    const walk = async (first: string) => {
      const pages: string[][] = [];
      let page = await read(first);
      pages.push(page.items.map((m) => m.body));
      while (page.nextCursor) {
        page = await read(`limit=2&cursor=${page.nextCursor}`);
        pages.push(page.items.map((m) => m.body));
      }
      return pages;
    };
    expect(await walk("limit=2")).toEqual([["m4", "m5"], ["m2", "m3"], ["m1"]]);
    expect(await walk("limit=2&after=0")).toEqual([["m1", "m2"], ["m3", "m4"], ["m5"]]);
    const bad = await t.request("GET", `/api/v1/conversations/${id}/messages?cursor=x12`, { token: carol.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe("query.cursor");
  });

  it("a conversation started from a listing carries the listing's id and title", async () => {
    const listing = await t.request("POST", "/api/v1/listings", {
      token: bob.token,
      body: { kind: "offer", title: "Vélo de ville", description: "Bon état, révisé.", category: "bikes", location: { place: "Lyon" } },
    });
    expect(listing.status, listing.text).toBe(201);
    const started = await t.request("POST", "/api/v1/conversations", {
      token: carol.token,
      body: { memberIds: [bob.id], listingId: listing.body.id },
    });
    expect(started.body.listing).toEqual({ id: listing.body.id, title: "Vélo de ville" });
    const seenByOwner = await t.request("GET", `/api/v1/conversations/${started.body.id}`, { token: bob.token });
    expect(seenByOwner.body).toMatchObject({ listingId: listing.body.id, listing: { id: listing.body.id, title: "Vélo de ville" } });
  });
});

describe("photos in messages", () => {
  async function upload(who: { token: string }, conversationId: string, bytes: Buffer, type = "image/jpeg", name = "photo.jpg") {
    const form = new FormData();
    form.append("image", new Blob([new Uint8Array(bytes)], { type }), name);
    const res = await fetch(`${t.url}/api/v1/conversations/${conversationId}/attachments`, {
      method: "POST",
      headers: { authorization: `Bearer ${who.token}`, "accept-language": "fr" },
      body: form,
    });
    // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
    return { status: res.status, type: res.headers.get("content-type"), body: (await res.json()) as any };
  }
  const served = (url: string) => fetch(`${t.url}${new URL(url).pathname}`);

  it("go through the listing photos' pipeline: resized WebP without EXIF, absolute URLs, sent and shown, erased with the message", async () => {
    const id = await direct(alice, bob);
    // A phone photo with its GPS position and camera in EXIF.
    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: { r: 30, g: 120, b: 200 } } })
      .jpeg()
      .withExif({ IFD0: { Make: "PhoneMaker", Model: "Secret 12" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "45/1 45/1 0/1" } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const uploaded = await upload(alice, id, photo);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body).toMatchObject({ kind: "image", mimeType: "image/webp", width: 1200, height: 800, name: "photo.jpg" });
    expect(uploaded.body.url).toMatch(new RegExp(`^http://relais\\.test/media/messages/${id}/[\\w-]+\\.webp$`));
    const file = await served(uploaded.body.url);
    expect(file.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 1200 });
    expect(meta.exif).toBeUndefined();

    const sent = await t.request("POST", `/api/v1/conversations/${id}/messages`, {
      token: alice.token,
      body: { body: "le vélo, vu de côté", clientMessageId: "photo-1", attachments: [uploaded.body] },
    });
    expect(sent.status, sent.text).toBe(201);
    const history = await t.request("GET", `/api/v1/conversations/${id}/messages`, { token: bob.token });
    expect(history.body.items.at(-1).attachments).toEqual([uploaded.body]);
    const stored = await t.core.market.prisma.message.findUniqueOrThrow({ where: { id: sent.body.id } });
    expect((stored.attachments as { url: string }[])[0]?.url).toMatch(/^\/media\/messages\//);

    // Someone else's conversation photo cannot be sent here.
    const other = await direct(bob, carol);
    const foreign = await t.request("POST", `/api/v1/conversations/${other}/messages`, {
      token: bob.token,
      body: { body: "regarde", clientMessageId: "photo-2", attachments: [uploaded.body] },
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].field).toBe("body.attachments");

    await t.request("DELETE", `/api/v1/conversations/${id}/messages/${sent.body.id}`, { token: alice.token });
    expect((await served(uploaded.body.url)).status).toBe(404);
    expect((await served(uploaded.body.thumbnailUrl)).status).toBe(404);
  });

  it("refuses a file that is not an image and one over 10 MB with a problem+json, and non-members", async () => {
    const id = await direct(alice, bob);
    const before = await t.core.market.prisma.message.count({ where: { conversationId: id } });
    const pdf = await upload(alice, id, Buffer.from("%PDF-1.7 not a photo"), "image/jpeg", "photo.jpg");
    expect(pdf.status).toBe(400);
    expect(pdf.type).toContain("application/problem+json");
    expect(pdf.body).toMatchObject({ code: "not_an_image", title: "Requête invalide", errors: [{ field: "body.image" }] });
    const huge = await upload(alice, id, Buffer.alloc(10 * 1024 * 1024 + 1, 1));
    expect(huge.status).toBe(413);
    expect(huge.type).toContain("application/problem+json");
    expect(huge.body.code).toBe("image_too_large");
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect((await upload(carol, id, png, "image/png", "x.png")).status).toBe(404);
    expect(await t.core.market.prisma.message.count({ where: { conversationId: id } })).toBe(before);
  });
});
