/**
 * The API in process, on an ephemeral port, over its own migrated embedded database: tests
 * talk to it with real HTTP requests.
 */

import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { Core } from "@relais/core/boot";
import { loadConfig } from "@relais/core/config/index";
import type { DeliveryWorkerOptions } from "@relais/core/delivery/worker";
import { pino } from "pino";
import { vi } from "vitest";
import { copyTemplateDataDir } from "../../core/test/database.ts";
import type { ChannelTestOptions, RunningChannels } from "../src/channels.ts";
import type { ApiContext } from "../src/http/api-context.ts";
import { startServer } from "../src/server.ts";

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
export type HttpResult = { status: number; headers: Headers; body: any; text: string };
export type RequestOptions = { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> };

export type TestApi = {
  url: string;
  /** The private metrics listener's /metrics (METRICS_PORT), when configured. */
  metricsUrl: string | undefined;
  api: ApiContext;
  core: Core;
  /** The chat channels started with the server (Slack when configured). */
  channels: RunningChannels;
  request(method: string, path: string, options?: RequestOptions): Promise<HttpResult>;
  /** Stops the server and removes its data folder, unless `keepData` (a test restarting on it). */
  close(options?: { keepData?: boolean }): Promise<void>;
};

export async function startTestApi(
  env: Record<string, string> = {},
  options: { delivery?: Omit<DeliveryWorkerOptions, "log">; channels?: ChannelTestOptions } = {},
): Promise<TestApi> {
  // A data folder of its own, removed on close (one the test passes, e.g. to restart on it, is the test's to remove).
  const ownDataDir = env.RELAIS_DATA_DIR === undefined ? copyTemplateDataDir() : undefined;
  const config = loadConfig({
    ...(ownDataDir ? { RELAIS_DATA_DIR: ownDataDir } : {}),
    RELAIS_DEMO_DATA: "false",
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    PUBLIC_URL: "http://relais.test",
    HOST: "127.0.0.1",
    PORT: "0",
    ...env,
  });
  const running = await startServer(config, pino({ level: "silent" }), { migrate: false, ...options });
  const { core, api, channels } = await running.ready;
  const url = running.url;
  return {
    url,
    metricsUrl: running.metricsUrl,
    api,
    core,
    channels,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined;
      if (options.raw !== undefined) body = options.raw;
      else if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers["content-type"] ??= "application/json";
      }
      const response = await fetch(`${url}${path}`, { method, headers, body, redirect: "manual" });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, body: parsed, text };
    },
    async close(options = {}) {
      await running.close();
      if (ownDataDir && !options.keepData) rmSync(dirname(ownDataDir), { recursive: true, force: true });
    },
  };
}

/** Token and link of the newest email sent to `to`, from the dev outbox over HTTP. */
export async function latestEmail(
  t: TestApi,
  to: string,
): Promise<{ subject: string; text: string; link: string; token: string; locale: string }> {
  const { body } = await t.request("GET", `/dev/outbox?to=${encodeURIComponent(to)}&limit=1`);
  const email = body.items[0];
  if (!email) throw new Error(`no email to ${to}`);
  const link: string = email.links[0];
  return { subject: email.subject, text: email.text, link, token: new URL(link).searchParams.get("token") ?? "", locale: email.locale };
}

export const STRONG_PASSWORD = "Velo-route-2026-Lyon!";

/** Signs up a new member with a unique address; their access token and id. */
export async function registerMember(t: TestApi, name: string, locale: "fr" | "en" = "en"): Promise<{ token: string; id: string }> {
  const res = await t.request("POST", "/api/v1/auth/register", {
    body: { email: `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`, password: STRONG_PASSWORD, name, locale },
  });
  if (res.status !== 201) throw new Error(`sign-up of ${name} failed: ${res.status} ${res.text}`);
  return { token: res.body.accessToken, id: res.body.user.id };
}

/**
 * Asks for a password reset and waits for the emailed link: forgot-password answers 202 first
 * and writes the email just after, so the test waits for the email itself.
 */
export async function requestPasswordReset(t: TestApi, email: string): Promise<{ link: string; token: string }> {
  const resets = async () =>
    (
      (await t.request("GET", `/dev/outbox?to=${encodeURIComponent(email)}&limit=100`)).body.items as {
        template: string;
        links: string[];
      }[]
    ).filter((item) => item.template === "reset_password");
  const before = (await resets()).length;
  const answer = await t.request("POST", "/api/v1/auth/forgot-password", { body: { email } });
  if (answer.status !== 202) throw new Error(`forgot-password answered ${answer.status}`);
  return vi.waitFor(
    async () => {
      const items = await resets();
      const newest = items[0];
      if (items.length <= before || !newest?.links[0]) throw new Error(`no reset email to ${email} yet`);
      return { link: newest.links[0], token: new URL(newest.links[0]).searchParams.get("token") ?? "" };
    },
    { timeout: 10_000, interval: 20 },
  );
}
