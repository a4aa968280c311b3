/**
 * `npm run relais -- discord register [--guild ID]` as a member of staff runs it: the command
 * line in its own process, against the fake Discord; what Discord receives is the `/relais`
 * definition (subcommands, FR/EN names and descriptions, autocomplete, user-installable), with
 * the bot token, on the server's or the global route.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { APPLICATION_ID, GUILD_ID, TEST_PUBLIC_KEY } from "./discord-requests.ts";
import { type FakeDiscord, startFakeDiscord } from "./fake-discord.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

async function relais(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [join(root, "core/src/cli/relais.ts"), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const [code] = await once(child, "exit");
  return { code: code as number, out, err };
}

const configured = () => ({
  DISCORD_APPLICATION_ID: APPLICATION_ID,
  DISCORD_PUBLIC_KEY: TEST_PUBLIC_KEY,
  DISCORD_TOKEN: "register-bot-token",
  DISCORD_API_URL: fake.apiUrl,
});

type Option = {
  name: string;
  name_localizations?: { fr: string };
  description: string;
  description_localizations?: { fr: string };
  options?: Option[];
  autocomplete?: boolean;
};

it("registers /relais in one server with --guild: subcommands, FR/EN names and descriptions, autocomplete, user-installable", async () => {
  const run = await relais(["discord", "register", "--guild", GUILD_ID], configured());
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  expect(run.out).toContain(`in server ${GUILD_ID}`);
  const call = fake.callsTo(new RegExp(`^PUT /applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands$`)).at(-1);
  expect(call?.authorization).toBe("Bot register-bot-token");
  const [definition] = (call?.body ?? []) as unknown as (Option & { integration_types: number[]; contexts: number[] })[];
  expect(definition?.name).toBe("relais");
  expect(definition?.integration_types).toEqual([0, 1]);
  expect(definition?.contexts).toEqual([0, 1, 2]);
  const subs = definition?.options ?? [];
  expect(subs.map((o) => o.name)).toEqual(["ask", "search", "post", "edit", "matches", "inbox", "profile", "link"]);
  for (const o of subs) {
    expect(o.description.length).toBeGreaterThan(0);
    expect(o.description.length).toBeLessThanOrEqual(100);
    expect(o.description_localizations?.fr).toBeTruthy();
    expect(o.description_localizations?.fr).not.toBe(o.description);
  }
  const search = subs.find((o) => o.name === "search");
  expect(search?.name_localizations?.fr).toBe("chercher");
  expect(search?.options?.filter((o) => o.autocomplete).map((o) => o.name)).toEqual(["place", "category"]);
  // What the listing form (5 fields at most) has no room for is said in /relais post; /relais edit picks one of the member's listings.
  const post = subs.find((o) => o.name === "post");
  expect(post?.options?.map((o) => o.name)).toEqual(["text", "kind", "category", "price", "place"]);
  const edit = subs.find((o) => o.name === "edit");
  expect(edit?.name_localizations?.fr).toBe("modifier");
  expect(edit?.options?.map((o) => [o.name, o.autocomplete])).toEqual([
    ["listing", true],
    ["category", true],
  ]);
});

it("registers globally without --guild, and refuses without the bot token in one line", async () => {
  const global = await relais(["discord", "register"], configured());
  expect(global.code).toBe(0);
  expect(fake.callsTo(new RegExp(`^PUT /applications/${APPLICATION_ID}/commands$`))).toHaveLength(1);
  const { DISCORD_TOKEN: _token, ...withoutToken } = configured();
  const refused = await relais(["discord", "register"], withoutToken);
  expect(refused.code).toBe(2);
  expect(refused.err.trim()).toBe("relais: discord register needs DISCORD_APPLICATION_ID and DISCORD_TOKEN (Bot → Token)");
  const badGuild = await relais(["discord", "register", "--guild", "mon-serveur"], configured());
  expect(badGuild.code).toBe(2);
  expect(badGuild.err).toContain("--guild: expected a server id");
});

it("offline, says Discord's host cannot be reached (not HOST), exit 1, without a stack", async () => {
  const run = await relais(["discord", "register"], { ...configured(), DISCORD_API_URL: "http://relais-no-such-host.invalid/api" });
  expect(run.code).toBe(1);
  expect(run.err).toBe(
    "relais: relais-no-such-host.invalid cannot be reached (ENOTFOUND): check the network connection, or DISCORD_API_URL\n",
  );
  expect(run.out).not.toContain("Registered");
});
