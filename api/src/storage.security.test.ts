/**
 * Storage that refuses writes (issue 10, L9): uploads answer 503 with Retry-After instead of a
 * plain 500, and /readyz reports the storage until it takes writes again.
 *
 * The tests run as root, whom chmod does not stop, and no small full filesystem can be mounted
 * here. So the image folder is pointed (symlink) at a sysfs folder, where even root cannot
 * create a file (EACCES, as for a read-only folder), and the readiness probe's file at
 * /dev/full, which answers every write with a real ENOSPC. A full disk during an upload is
 * checked at the error mapping, with the real ENOSPC error /dev/full gives.
 */
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { storageFailureOf } from "@relais/core/db/storage-health";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STRONG_PASSWORD, startTestApi, type TestApi } from "../test/harness.ts";

let t: TestApi;
let token: string;
let listingId: string;

const UNWRITABLE = "/sys/kernel";

async function upload() {
  const form = new FormData();
  const bytes = await sharp({ create: { width: 80, height: 60, channels: 3, background: { r: 10, g: 120, b: 200 } } })
    .jpeg()
    .toBuffer();
  form.append("image", new Blob([new Uint8Array(bytes)], { type: "image/jpeg" }), "p.jpg");
  const res = await fetch(`${t.url}/api/v1/listings/${listingId}/images`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await res.json()) as { code?: string };
  return { status: res.status, retryAfter: res.headers.get("retry-after"), type: res.headers.get("content-type"), body };
}
const ready = async () => {
  const res = await fetch(`${t.url}/readyz`);
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  t = await startTestApi();
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: "disk@example.org", password: STRONG_PASSWORD, name: "Disk" },
  });
  token = res.body.accessToken;
  listingId = (
    await t.request("POST", "/api/v1/listings", { token, body: { kind: "offer", title: "Vélo cargo", category: "bikes", shipping: true } })
  ).body.id;
});
afterAll(() => t?.close());

describe("storage that refuses writes (L9)", () => {
  it("an unwritable image folder: uploads answer 503 with Retry-After, readiness says so, and both recover", async () => {
    expect((await ready()).status).toBe(200);
    const media = join(t.core.config.dataDir, "media");
    mkdirSync(media, { recursive: true });
    renameSync(media, `${media}.kept`);
    symlinkSync(UNWRITABLE, media);
    try {
      const refused = await upload();
      expect(refused.status).toBe(503);
      expect(refused.type).toContain("application/problem+json");
      expect(refused.body.code).toBe("storage_unavailable");
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
      expect(await ready()).toEqual({ status: 503, body: { status: "unavailable", storage: { writable: false, error: "EACCES" } } });
      expect(await t.core.db.prisma.listingImage.count({ where: { listingId } })).toBe(0);
    } finally {
      rmSync(media);
      renameSync(`${media}.kept`, media);
    }
    expect((await ready()).status).toBe(200);
    expect((await upload()).status).toBe(201);
  });

  it("a full disk under the data folder: readiness answers 503 naming ENOSPC, then recovers", async () => {
    const probe = join(t.core.config.dataDir, `.write-probe-${process.pid}`);
    symlinkSync("/dev/full", probe);
    try {
      expect(await ready()).toEqual({ status: 503, body: { status: "unavailable", storage: { writable: false, error: "ENOSPC" } } });
    } finally {
      rmSync(probe, { force: true });
    }
    expect((await ready()).status).toBe(200);
  });

  it("tells storage failures (a real ENOSPC, a database out of space) from other errors", () => {
    let full: unknown;
    try {
      writeFileSync("/dev/full", "x");
    } catch (error) {
      full = error;
    }
    expect(storageFailureOf(full)).toBe("ENOSPC");
    expect(storageFailureOf(new Error("wrapped", { cause: full }))).toBe("ENOSPC");
    expect(storageFailureOf(Object.assign(new Error("could not extend file"), { code: "53100" }))).toBe("53100");
    expect(storageFailureOf(new Error("a bug"))).toBeUndefined();
    expect(storageFailureOf(Object.assign(new Error("kill"), { code: "EPERM" }))).toBeUndefined();
  });
});
