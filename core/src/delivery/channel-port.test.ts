import { describe, expect, it } from "vitest";
import type { Reply } from "../assistant/reply.ts";
import { LIMITS } from "../assistant/reply-limits.ts";
import { type ChannelPort, ChannelPortRegistry, ChannelRateLimited, retryAfterMs } from "./channel-port.ts";

const limits = LIMITS.slack;
function port(provider: "slack" | "discord"): ChannelPort {
  return {
    provider,
    limits,
    send: async (_address, reply: Reply) => ({ platformMessageId: `${provider}:${reply.text}` }),
    update: async () => {},
  };
}

describe("ChannelPortRegistry", () => {
  it("finds the port registered for a provider, and forgets it when unregistered", async () => {
    const registry = new ChannelPortRegistry();
    const unregister = registry.register(port("slack"));
    registry.register(port("discord"));
    expect(registry.providers().sort()).toEqual(["discord", "slack"]);
    const sent = await registry
      .get("slack")
      ?.send({ provider: "slack", conversation: "D1", userId: "u" }, { text: "hi" }, { idempotencyKey: "d1", attempt: 1 });
    expect(sent).toEqual({ platformMessageId: "slack:hi" });
    unregister();
    expect(registry.get("slack")).toBeUndefined();
    expect(registry.providers()).toEqual(["discord"]);
  });

  it("keeps a replacement when an older registration is undone", () => {
    const registry = new ChannelPortRegistry();
    const first = registry.register(port("slack"));
    const second = port("slack");
    registry.register(second);
    first();
    expect(registry.get("slack")).toBe(second);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates, falls back otherwise", () => {
    expect(retryAfterMs("2", 500)).toBe(2000);
    expect(retryAfterMs("0.5", 500)).toBe(500);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs("Thu, 01 Jan 2026 00:00:03 GMT", 500, now)).toBe(3000);
    expect(retryAfterMs(undefined, 750)).toBe(750);
    expect(retryAfterMs("soon", 750)).toBe(750);
  });

  it("carries the wait on the rate-limit error", () => {
    const error = new ChannelRateLimited("discord", 2000);
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(2000);
    expect(error.code).toBe("rate_limited");
  });
});
