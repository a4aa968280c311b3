/** Listing images over HTTP: real images resized, fakes and oversized files refused, order and deletion. */
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../../test/harness.ts";

let t: TestApi;
let owner: string;
let other: string;
let listingId: string;

async function signUp(name: string) {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name}-${Date.now()}@example.org`, password: STRONG_PASSWORD, name },
  });
  return res.body.accessToken as string;
}

async function upload(token: string, bytes: Buffer | Uint8Array, filename = "photo.jpg", type = "image/jpeg", id = listingId) {
  const form = new FormData();
  form.append("image", new Blob([bytes], { type }), filename);
  const res = await fetch(`${t.url}/api/v1/listings/${id}/images`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
  return { status: res.status, body: (await res.json()) as any, type: res.headers.get("content-type") };
}

const photo = (width: number, height: number, format: "jpeg" | "png" | "webp" = "jpeg") =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    [format]()
    .toBuffer();

beforeAll(async () => {
  t = await startTestApi();
  owner = await signUp("owner");
  other = await signUp("other");
  const listing = await t.request("POST", "/api/v1/listings", {
    token: owner,
    body: { kind: "offer", title: "Vélo de ville", category: "bikes", shipping: true },
  });
  listingId = listing.body.id;
});
afterAll(() => t?.close());

describe("listing images", () => {
  it("resizes a photo to a display size and a thumbnail, served as WebP", async () => {
    const res = await upload(owner, await photo(3000, 2000));
    expect(res.status).toBe(201);
    const [image] = res.body.images;
    expect(image).toMatchObject({ position: 0, width: 1200, height: 800 });
    // Absolute, from PUBLIC_URL: a chat platform or a phone can fetch it (issue 13 REST gaps).
    expect(image.url).toMatch(/^http:\/\/relais\.test\/media\/listings\/[\w-]+\/[\w-]+\.webp$/);
    expect(image.thumbnailUrl).toMatch(/^http:\/\/relais\.test\/media\//);
    const seen = await t.request("GET", `/api/v1/listings/${listingId}`);
    expect(seen.body.images[0].url).toBe(image.url);
    const found = await t.request("GET", "/api/v1/search?q=velo%20de%20ville");
    expect(found.body.items.find((hit: { listing: { id: string } }) => hit.listing.id === listingId)?.listing.images[0].url).toBe(
      image.url,
    );
    const display = await fetch(`${t.url}${new URL(image.url).pathname}`);
    expect(display.headers.get("content-type")).toBe("image/webp");
    const meta = await sharp(Buffer.from(await display.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 1200, 800]);
    const thumb = await sharp(Buffer.from(await (await fetch(`${t.url}${new URL(image.thumbnailUrl).pathname}`)).arrayBuffer())).metadata();
    expect([thumb.width, thumb.height]).toEqual([320, 320]);
  });

  it("refuses a file that is not really an image, a missing file, and another member's listing", async () => {
    const fake = await upload(owner, Buffer.from("%PDF-1.7 not an image at all"), "cat.jpg", "image/jpeg");
    expect(fake.status).toBe(400);
    expect(fake.body.code).toBe("not_an_image");
    expect(fake.type).toContain("application/problem+json");
    const truncated = (await photo(400, 300)).subarray(0, 200);
    expect((await upload(owner, truncated)).body.code).toBe("not_an_image");
    const none = await fetch(`${t.url}/api/v1/listings/${listingId}/images`, {
      method: "POST",
      headers: { authorization: `Bearer ${owner}` },
      body: new FormData(),
    });
    expect(none.status).toBe(400);
    expect((await upload(other, await photo(100, 100))).status).toBe(403);
  });

  it("refuses an image over 10 MB with 413", async () => {
    const huge = Buffer.alloc(10 * 1024 * 1024 + 10, 1);
    const res = await upload(owner, huge);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe("image_too_large");
  });

  it("reorders and deletes, and stops at 8 images", async () => {
    await upload(owner, await photo(200, 200, "png"));
    const third = await upload(owner, await photo(200, 200, "webp"));
    const ids = third.body.images.map((i: { id: string }) => i.id);
    const reordered = await t.request("PUT", `/api/v1/listings/${listingId}/images/order`, {
      token: owner,
      body: { imageIds: [...ids].reverse() },
    });
    expect(reordered.body.images.map((i: { id: string }) => i.id)).toEqual([...ids].reverse());
    // read back with the listing (one statement with its images since relationJoins): the order holds
    const read = await t.request("GET", `/api/v1/listings/${listingId}`);
    expect(read.body.images.map((i: { id: string }) => i.id)).toEqual([...ids].reverse());
    expect(
      (await t.request("PUT", `/api/v1/listings/${listingId}/images/order`, { token: owner, body: { imageIds: ids.slice(1) } })).status,
    ).toBe(400);
    expect((await t.request("DELETE", `/api/v1/listings/${listingId}/images/${ids[0]}`, { token: owner })).status).toBe(204);
    for (let i = 0; i < 6; i++) expect((await upload(owner, await photo(50, 50))).status).toBe(201);
    const ninth = await upload(owner, await photo(50, 50));
    expect(ninth.status).toBe(400);
    expect(ninth.body.code).toBe("too_many_images");
    expect((await t.request("GET", `/api/v1/listings/${listingId}`)).body.images).toHaveLength(8);
  });
});

describe("photos are erased with their listing and with the account (issue 10 M5, L4)", () => {
  const newListing = async (token: string, title: string) =>
    (await t.request("POST", "/api/v1/listings", { token, body: { kind: "offer", title, category: "bikes", shipping: true } })).body
      .id as string;
  const mediaFiles = (id: string) => {
    const folder = join(t.core.config.dataDir, "media", "listings", id);
    return existsSync(folder) ? readdirSync(folder) : [];
  };

  it("deletes the files of a deleted listing: its photo and thumbnail URLs answer 404", async () => {
    const id = await newListing(owner, "Vélo à donner");
    const [image] = (await upload(owner, await photo(300, 200), "a.jpg", "image/jpeg", id)).body.images;
    expect((await fetch(`${t.url}${new URL(image.url).pathname}`)).status).toBe(200);
    expect(mediaFiles(id)).toHaveLength(2);
    expect((await t.request("DELETE", `/api/v1/listings/${id}`, { token: owner })).status).toBe(204);
    expect((await fetch(`${t.url}${new URL(image.url).pathname}`)).status).toBe(404);
    expect((await fetch(`${t.url}${new URL(image.thumbnailUrl).pathname}`)).status).toBe(404);
    expect(mediaFiles(id)).toEqual([]);
  });

  it("deletes every photo of an erased account", async () => {
    const leaving = await signUp("leaving");
    const ids = [await newListing(leaving, "Table basse"), await newListing(leaving, "Lampe")];
    const urls: string[] = [];
    for (const id of ids) {
      const [image] = (await upload(leaving, await photo(120, 120), "p.jpg", "image/jpeg", id)).body.images;
      urls.push(image.url, image.thumbnailUrl);
    }
    for (const url of urls) expect((await fetch(`${t.url}${new URL(url).pathname}`)).status).toBe(200);
    expect((await t.request("DELETE", "/api/v1/me", { token: leaving })).status).toBe(204);
    for (const url of urls) expect((await fetch(`${t.url}${new URL(url).pathname}`)).status).toBe(404);
    for (const id of ids) expect(mediaFiles(id)).toEqual([]);
  });

  it("keeps the cap of 8 under 12 parallel uploads: exactly 8 stored, rows and files", async () => {
    const id = await newListing(owner, "Vélo pliant");
    const bytes = await photo(60, 60);
    const answers = await Promise.all(Array.from({ length: 12 }, () => upload(owner, bytes, "p.jpg", "image/jpeg", id)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(8);
    expect(answers.filter((a) => a.status === 400 && a.body.code === "too_many_images")).toHaveLength(4);
    const images = await t.core.db.prisma.listingImage.findMany({ where: { listingId: id }, orderBy: { position: "asc" } });
    expect(images.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(mediaFiles(id)).toHaveLength(16);
  });
});

describe("listing images in an S3-compatible bucket", () => {
  it("stores both sizes in the bucket and serves them back", async () => {
    // s3rver: a local fake of the S3 API (the remote side only).
    const fake = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory: mkdtempSync(join(tmpdir(), "relais-s3-")),
      configureBuckets: [{ name: "relais-media", configs: [] }],
    });
    const { port } = await fake.run();
    const endpoint = `http://127.0.0.1:${port}`;
    const s3api = await startTestApi({
      S3_BUCKET: "relais-media",
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
    });
    try {
      const register = await s3api.request("POST", "/api/v1/auth/register", {
        body: { email: `s3-${Date.now()}@example.org`, password: STRONG_PASSWORD, name: "S3" },
      });
      const listing = await s3api.request("POST", "/api/v1/listings", {
        token: register.body.accessToken,
        body: { kind: "offer", title: "Lampe vintage", category: "furniture", shipping: true },
      });
      const form = new FormData();
      form.append("image", new Blob([await photo(800, 600, "png")], { type: "image/png" }), "lamp.png");
      const uploaded = await fetch(`${s3api.url}/api/v1/listings/${listing.body.id}/images`, {
        method: "POST",
        headers: { authorization: `Bearer ${register.body.accessToken}` },
        body: form,
      });
      expect(uploaded.status).toBe(201);
      const client = new S3Client({
        endpoint,
        region: "us-east-1",
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
      const listed = await client.send(new ListObjectsV2Command({ Bucket: "relais-media" }));
      const keys = (listed.Contents ?? []).map((o) => o.Key ?? "");
      expect(keys).toHaveLength(2);
      expect(keys.every((k) => k.startsWith(`listings/${listing.body.id}/`) && k.endsWith(".webp"))).toBe(true);
      const stored = await client.send(new GetObjectCommand({ Bucket: "relais-media", Key: keys.find((k) => !k.includes("thumb")) }));
      expect((await sharp(Buffer.from(await stored.Body!.transformToByteArray())).metadata()).width).toBe(800);
      const image = ((await uploaded.json()) as { images: { url: string }[] }).images[0]!;
      const served = await fetch(`${s3api.url}${new URL(image.url).pathname}`);
      expect(served.status).toBe(200);
      expect(served.headers.get("content-type")).toBe("image/webp");

      // Deleting the listing, then the account, empties the bucket (issue 10 M5).
      const keysOf = async () =>
        ((await client.send(new ListObjectsV2Command({ Bucket: "relais-media" }))).Contents ?? []).map((o) => o.Key);
      const deleted = await s3api.request("DELETE", `/api/v1/listings/${listing.body.id}`, { token: register.body.accessToken });
      expect(deleted.status).toBe(204);
      expect(await keysOf()).toEqual([]);
      expect((await fetch(`${s3api.url}${new URL(image.url).pathname}`)).status).toBe(404);
      const second = await s3api.request("POST", "/api/v1/listings", {
        token: register.body.accessToken,
        body: { kind: "offer", title: "Chaise vintage", category: "furniture", shipping: true },
      });
      const again = new FormData();
      again.append("image", new Blob([await photo(100, 100, "png")], { type: "image/png" }), "chair.png");
      await fetch(`${s3api.url}/api/v1/listings/${second.body.id}/images`, {
        method: "POST",
        headers: { authorization: `Bearer ${register.body.accessToken}` },
        body: again,
      });
      expect(await keysOf()).toHaveLength(2);
      expect((await s3api.request("DELETE", "/api/v1/me", { token: register.body.accessToken })).status).toBe(204);
      expect(await keysOf()).toEqual([]);
    } finally {
      await s3api.close();
      await fake.close();
    }
  });
});
