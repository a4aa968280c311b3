/**
 * Image URLs leave the API absolute, from PUBLIC_URL: core names a stored image by its path
 * (`/media/listings/…webp`), which a chat platform or a mobile app cannot resolve. Applied to
 * every JSON answer, so a new route returning a listing cannot forget it.
 */
const URL_KEYS = new Set(["url", "thumbnailUrl"]);

export function withAbsoluteMediaUrls<T>(value: T, publicUrl: string): T {
  if (Array.isArray(value)) return value.map((item) => withAbsoluteMediaUrls(item, publicUrl)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    out[key] =
      URL_KEYS.has(key) && typeof field === "string" && field.startsWith("/media/")
        ? `${publicUrl}${field}`
        : withAbsoluteMediaUrls(field, publicUrl);
  }
  return out as T;
}
