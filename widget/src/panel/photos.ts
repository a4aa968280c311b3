/**
 * A photo the member attaches: JPEG, PNG or WebP up to 10 MB (what listing photos accept),
 * reduced in the browser to fit one assistant request (the API takes 100 kB of JSON), so a
 * phone's 4 MB picture still goes through. Anything else gets a clear refusal, before upload.
 */
import type { Attachment } from "./client.ts";

export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** base64 characters the assistant route accepts per file. */
const MAX_BASE64 = 88_000;

export type PhotoResult = { ok: true; attachment: Attachment } | { ok: false; reason: "photoType" | "photoTooLarge" | "photoUnreadable" };

export async function preparePhoto(file: File): Promise<PhotoResult> {
  if (!PHOTO_TYPES.includes(file.type)) return { ok: false, reason: "photoType" };
  if (file.size > PHOTO_MAX_BYTES) return { ok: false, reason: "photoTooLarge" };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, reason: "photoUnreadable" };
  }
  for (const [side, quality] of [
    [1024, 0.8],
    [800, 0.7],
    [640, 0.6],
    [480, 0.5],
  ] as const) {
    const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
    if (!blob) continue;
    const data = await base64(blob);
    if (data.length <= MAX_BASE64)
      return { ok: true, attachment: { name: file.name.replace(/\.\w+$/, ".jpg").slice(0, 255), mimeType: "image/jpeg", data } };
  }
  return { ok: false, reason: "photoTooLarge" };
}

async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
