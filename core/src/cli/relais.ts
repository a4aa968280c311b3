/**
 * The `relais` command line (run with `npm run relais -- <command>`).
 */
import { existsSync, readFileSync } from "node:fs";
import { MultiBar, Presets, type SingleBar } from "cli-progress";
import { Command } from "commander";
import { reindex } from "../ai/reindex.ts";
import { embedderFor } from "../boot.ts";
import { loadConfig } from "../config/index.ts";
import { openDatabase } from "../db/database.ts";
import { serveDatabase } from "../db/serve.ts";
import { seedDemoCommunity } from "../demo/seed.ts";
import { Conflict } from "../errors/domain.ts";
import { exitWithStartupError } from "../errors/startup.ts";
import { EventBus } from "../events/bus.ts";
import { resolveEncryptionKey } from "../installations/encryption-key.ts";
import { planTrades } from "../matching/trade-plan.ts";
import { parseWantLists, WantListError } from "../matching/want-lists.ts";
import { SOURCE_NAMES, type SourceName } from "../missions/offer.ts";
import { summaryLine, syncMissions } from "../missions/sync.ts";
import { grantAdmin } from "../profiles/reports.ts";
import { CreateSiteInput, createSite, listSites } from "../widget/sites.ts";

if (existsSync(".env")) process.loadEnvFile(".env");

/** A mistake in the command line (exit 2) or a service out of reach (exit 1): one line, no stack. */
class CliError extends Error {
  /** 2: the command was used wrongly; 1: it could not do its work (a service out of reach). */
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The system code of a failure to reach a host (no DNS answer, refused, no route), or undefined. */
function unreachableCode(error: unknown): string | undefined {
  for (let at = error as { code?: unknown; cause?: unknown } | undefined; at; at = at.cause as typeof at) {
    if (typeof at.code === "string" && /^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT)$/.test(at.code))
      return at.code;
  }
  return undefined;
}

const program = new Command()
  .name("relais")
  .description("Relais command line: database and data tasks.\nConfiguration comes from the environment (see .env.example).")
  .showHelpAfterError();

program
  .command("migrate")
  .description("apply pending database migrations (prisma migrate deploy) and exit")
  .action(async () => {
    const db = await openDatabase(loadConfig().database, { onProgress: (step) => console.log(`… ${step}`) });
    await db.close();
    console.log(`Database is up to date (${db.driver}).`);
  });

program
  .command("seed")
  .description("load the demo community into an empty database (does nothing if members exist)")
  .action(async () => {
    const db = await openDatabase(loadConfig().database, { onProgress: (step) => console.log(`… ${step}`) });
    try {
      const report = await seedDemoCommunity(db.prisma, await embedderFor(loadConfig()));
      console.log(
        report.seeded
          ? `Demo community loaded: ${report.members} members, ${report.listings} listings, ${report.missions} missions, ${report.categories} categories.`
          : "The database already has members: nothing seeded.",
      );
    } finally {
      await db.close();
    }
  });

program
  .command("db")
  .description("the embedded database")
  .command("serve")
  .description("serve the embedded database (RELAIS_DATA_DIR) over TCP for several local processes; prints their DATABASE_URL")
  .option("--port <n>", "port to listen on (0: any free port)", "5432")
  .option("--host <address>", "address to listen on", "127.0.0.1")
  .action(async (options: { port: string; host: string }) => {
    const port = Number(options.port);
    if (!/^\d{1,5}$/.test(options.port) || port > 65535)
      throw new CliError(`--port: expected a whole number between 0 and 65535, got "${options.port}"`);
    const config = loadConfig();
    if (config.database.driver === "pg")
      throw new CliError("db serve serves the embedded database: unset DATABASE_URL (it is what db serve prints)");
    const served = await serveDatabase({
      dataDir: config.dataDir,
      host: options.host,
      port,
      onProgress: (step) => process.stderr.write(`… ${step}\n`),
    });
    // The one line other processes need, alone on standard output.
    process.stdout.write(`DATABASE_URL=${served.url}\n`);
    process.stderr.write(`Serving ${config.dataDir} on ${options.host}:${served.port} until stopped (Ctrl-C).\n`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        served.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      });
    }
  });

program
  .command("admin")
  .description("administrators of this community")
  .command("grant <email>")
  .description("give the member with this email address the admin role (moderation of reports over REST)")
  .action(async (email: string) => {
    const db = await openDatabase(loadConfig().database);
    try {
      const user = await grantAdmin(db.prisma, email);
      if (!user) throw new CliError(`No member has the email address ${email}.`);
      console.log(`${user.name} (${email}) is now an admin.`);
    } finally {
      await db.close();
    }
  });

/** One invalid option of `widget site create`, named as typed, with what is expected. */
function siteOptionProblem(issue: { path: PropertyKey[]; message: string }, options: { origin: string[]; key?: string }): string {
  const [field, index] = issue.path;
  const named: Record<string, string> = { name: "--name", key: "--key", theme: `--${String(index)}`, defaultLocale: "--locale" };
  if (field === "allowedOrigins" && typeof index === "number") return `--origin "${options.origin[index]}": expected ${issue.message}`;
  if (field === "key") return `--key "${options.key}": expected ${issue.message}`;
  return `${named[String(field)] ?? String(field)}: ${issue.message}`;
}

const widgetSites = program.command("widget").description("the website widget").command("site").description("sites that embed the widget");
widgetSites
  .command("create")
  .description("create a site: prints its key (for data-site) and its identity secret (shown once)")
  .requiredOption("--name <name>", "the site's name")
  .requiredOption("--origin <origin...>", "origins allowed to use the widget, e.g. https://example.org (repeatable)")
  .option("--key <key>", "the key to use (3–63 of a-z 0-9 _ -); drawn at random by default")
  .option("--color <#RRGGBB>", "brand colour")
  .option("--position <right|left>", "where the bubble sits")
  .option("--scheme <light|dark|auto>", "colour scheme")
  .option("--locale <fr|en>", "default language when the visitor's browser says neither")
  .action(
    async (options: {
      name: string;
      origin: string[];
      key?: string;
      color?: string;
      position?: string;
      scheme?: string;
      locale?: string;
    }) => {
      const theme = Object.fromEntries(
        Object.entries({ color: options.color, position: options.position, scheme: options.scheme }).filter(([, v]) => v !== undefined),
      );
      // Checked before the database opens: a typo is answered at once.
      const input = CreateSiteInput.safeParse({
        name: options.name,
        allowedOrigins: options.origin,
        theme,
        ...(options.key ? { key: options.key } : {}),
        ...(options.locale ? { defaultLocale: options.locale } : {}),
      });
      if (!input.success)
        throw new CliError(`invalid site: ${input.error.issues.map((issue) => siteOptionProblem(issue, options)).join("; ")}`);
      const config = loadConfig();
      const db = await openDatabase(config.database);
      try {
        const { site, secret } = await createSite(
          { prisma: db.prisma, encryptionKey: resolveEncryptionKey(config, (message) => console.warn(message)) },
          input.data,
        );
        console.log(`Site "${site.name}" created: key ${site.key}, origins ${site.allowedOrigins.join(", ")}.`);
        // The bubble is drawn before the site's settings load: its side is said on the tag.
        const side = site.theme.position === "left" ? ' data-position="left"' : "";
        console.log(`Embed: <script src="${config.publicUrl}/widget.js" data-site="${site.key}"${side} async></script>`);
        // The command cannot know where the server is reached: it says which base it used and how to change it.
        const base = process.env.PUBLIC_URL
          ? "PUBLIC_URL"
          : process.env.PORT
            ? "no PUBLIC_URL; http://localhost and PORT"
            : "no PUBLIC_URL nor PORT: the default";
        console.log(
          `Base URL of the embed line: ${config.publicUrl} (${base}). Run this command with PUBLIC_URL=https://your-relais.example.org (the address browsers reach the server at) to print another.`,
        );
        console.log(`Identity secret (HS256, shown once; keep it on your server): ${secret}`);
      } catch (error) {
        if (error instanceof Conflict) throw new CliError(`a site with the key ${options.key} already exists`);
        throw error;
      } finally {
        await db.close();
      }
    },
  );
widgetSites
  .command("list")
  .description("list the sites (without their secrets)")
  .action(async () => {
    const db = await openDatabase(loadConfig().database);
    try {
      for (const site of await listSites({ prisma: db.prisma })) console.log(`${site.key}\t${site.name}\t${site.allowedOrigins.join(" ")}`);
    } finally {
      await db.close();
    }
  });

/** Progress bars on a terminal only (cli-progress draws them on stderr): in a file or a CI log they would print a line per update. */
function terminalBars(format: string): MultiBar | undefined {
  if (!process.stderr.isTTY) return undefined;
  return new MultiBar({ format, hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
}

program
  .command("reindex")
  .description("re-embed listings, missions and profiles whose vector comes from another model than the configured embedder")
  .option("--all", "re-embed every row, not only those of another model")
  .action(async (options: { all?: boolean }) => {
    const config = loadConfig();
    const db = await openDatabase(config.database, { onProgress: (step) => console.log(`… ${step}`) });
    const embedder = await embedderFor(config);
    // In a file or a CI log, a plain line per batch instead of the bar.
    const bars = terminalBars("{table} [{bar}] {value}/{total}");
    const byTable = new Map<string, SingleBar>();
    let done: Awaited<ReturnType<typeof reindex>>;
    try {
      console.log(`Embedder: ${embedder.model}`);
      done = await reindex(db.prisma, embedder, {
        ...(options.all ? { all: true } : {}),
        onProgress: (table, value, total) => {
          if (!bars) return console.log(`${table}: ${value}/${total} re-embedded`);
          let bar = byTable.get(table);
          if (!bar) {
            bar = bars.create(total, 0, { table: table.padEnd(8) });
            byTable.set(table, bar);
          }
          bar.update(value);
        },
      });
    } finally {
      bars?.stop();
      await db.close();
    }
    console.log(`Re-embedded ${done.Listing} listings, ${done.Mission} missions, ${done.Profile} profiles with ${embedder.model}.`);
  });

program
  .command("missions")
  .description("freelance missions from the job boards")
  .command("sync")
  .description(
    "fetch missions from the job boards now (run it with the server stopped on the embedded database; beside it on Postgres) and print a summary line per board",
  )
  .option("--source <name>", `one board: ${SOURCE_NAMES.join(", ")} (default: every configured board)`)
  .option("--since <date>", "only offers posted since this date (YYYY-MM-DD or ISO); nothing expires on such a run")
  .action(async (options: { source?: string; since?: string }) => {
    if (options.source !== undefined && !(SOURCE_NAMES as readonly string[]).includes(options.source)) {
      throw new CliError(`--source must be one of ${SOURCE_NAMES.join(", ")}, not "${options.source}"`);
    }
    const since = options.since === undefined ? undefined : new Date(options.since);
    if (since && (Number.isNaN(since.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(options.since ?? ""))) {
      throw new CliError(`--since must be a date such as 2026-11-01, not "${options.since}"`);
    }
    const config = loadConfig();
    const db = await openDatabase(config.database, { onProgress: (step) => console.log(`… ${step}`) });
    // Elsewhere than a terminal the summary lines say it all.
    const bars = terminalBars("{source} [{bar}] {value}/{total} pages | {fetched} offers, {errors} errors");
    const bySource = new Map<string, { bar: SingleBar; pages: number }>();
    try {
      const ctx = { prisma: db.prisma, embedder: await embedderFor(config), events: new EventBus() };
      const summaries = await syncMissions(ctx, config.missions, {
        ...(options.source ? { sources: [options.source as SourceName] } : {}),
        ...(since ? { since } : {}),
        trigger: "cli",
        onStart: (source, maxPages) => {
          if (!bars) return;
          bySource.set(source, { bar: bars.create(maxPages, 0, { source: source.padEnd(13), fetched: 0, errors: 0 }), pages: 0 });
        },
        onProgress: (summary) => {
          const entry = bySource.get(summary.source);
          if (!entry) return;
          entry.pages++;
          entry.bar.update(Math.min(entry.pages, entry.bar.getTotal()), { fetched: summary.fetched, errors: summary.errors });
        },
      });
      for (const entry of bySource.values()) entry.bar.update(entry.bar.getTotal());
      bars?.stop();
      for (const summary of summaries) console.log(summaryLine(summary));
    } finally {
      bars?.stop();
      await db.close();
    }
  });

const trades = program.command("trades").description("math trades from TradeMaximizer / OLWLG want lists");
trades
  .command("run")
  .argument("<wants.txt>", "want-list file: (user) ITEM : WANT1 WANT2 ; WANT3 …, #! options, % dummies")
  .option("--max-cycle <n>", "longest cycle, in items; 0 = unbounded (the true maximum)", "3")
  .option("--json", "print the result as JSON")
  .description("choose the trades and print them, with the number of items traded and of users trading")
  .action((file: string, options: { maxCycle: string; json?: boolean }) => {
    if (!/^\d+$/.test(options.maxCycle) || Number(options.maxCycle) === 1 || Number(options.maxCycle) > 12) {
      throw new CliError(`--max-cycle must be 0 (unbounded) or a whole number from 2 to 12, not "${options.maxCycle}"`);
    }
    let text: string;
    try {
      // OLWLG exports are not always valid UTF-8: latin1 reads every byte.
      text = readFileSync(file, "latin1");
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    const started = performance.now();
    const list = parseWantLists(text);
    const plan = planTrades(list, Number(options.maxCycle));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (options.json) {
      console.log(JSON.stringify({ ...plan, seconds: Number(seconds), warnings: list.warnings.length }, null, 2));
      return;
    }
    console.log(`TRADE LOOPS (${plan.cycles.length} total)`);
    for (const cycle of plan.cycles) {
      cycle.items.forEach((item, i) => {
        const next = (i + 1) % cycle.items.length;
        console.log(`(${cycle.owners[i]}) ${item}  receives  (${cycle.owners[next]}) ${cycle.items[next]}`);
      });
      console.log("");
    }
    const cap = Number(options.maxCycle) === 0 ? "unbounded" : `cycles of at most ${options.maxCycle} items`;
    console.log(
      `Items traded: ${plan.itemsTraded} of ${plan.itemsTotal} (${((100 * plan.itemsTraded) / Math.max(1, plan.itemsTotal)).toFixed(1)}%)`,
    );
    console.log(`Users trading: ${plan.usersTrading}`);
    console.log(
      `Method: ${plan.method}, ${cap}, ${seconds} s${list.warnings.length ? `; ${list.warnings.length} want(s) ignored (unknown items or lines)` : ""}`,
    );
  });

program
  .command("teams")
  .description("Microsoft Teams")
  .command("package")
  .description(
    "write the Teams app package (manifest with TEAMS_APP_ID and PUBLIC_URL's host, French localization, icons) to upload in Teams",
  )
  .option("--out <file>", "where to write the zip", "relais-teams.zip")
  .action(async (options: { out: string }) => {
    const config = loadConfig();
    if (config.teams?.mode !== "authenticated")
      throw new CliError("TEAMS_APP_ID is not set: the package names your Azure Bot's app id (README, “Microsoft Teams”).");
    // The CLI is an entry point: the Teams adapter's own files are loaded from it, never imported by the domain.
    const { AppPackageError, writeAppPackage } = await import("@relais/bots/teams/app-package");
    try {
      const bytes = writeAppPackage({ appId: config.teams.appId, publicUrl: config.publicUrl, outFile: options.out });
      console.log(`Teams app package written to ${options.out} (${bytes} bytes): upload it in Teams → Apps → Manage your apps.`);
    } catch (error) {
      if (error instanceof AppPackageError) throw new CliError(error.message);
      throw error;
    }
  });

program
  .command("discord")
  .description("the Discord application")
  .command("register")
  .description("register the /relais slash command with Discord (replaces the previous definition), globally or in one server")
  .option("--guild <id>", "a server id: registered there only, usable at once (default: DISCORD_GUILD_ID; else global)")
  .action(async (options: { guild?: string }) => {
    const discord = loadConfig().discord;
    if (!discord?.token) throw new CliError("discord register needs DISCORD_APPLICATION_ID and DISCORD_TOKEN (Bot → Token)");
    const guildId = options.guild ?? discord.guildId;
    if (guildId !== undefined && !/^\d{15,21}$/.test(guildId))
      throw new CliError(`--guild: expected a server id (digits), got "${guildId}"`);
    // The command line composes like the server does: Discord's own definition lives in its adapter.
    const { registerCommands } = await import("@relais/bots/discord");
    const stored = await registerCommands({
      apiUrl: discord.apiUrl,
      applicationId: discord.applicationId,
      token: discord.token,
      ...(guildId ? { guildId } : {}),
    }).catch((error: unknown) => {
      // Offline or blocked: name Discord's host, not HOST (which only the server listens on).
      const code = unreachableCode(error);
      if (code)
        throw new CliError(
          `${new URL(discord.apiUrl).host} cannot be reached (${code}): check the network connection, or DISCORD_API_URL`,
          1,
        );
      throw error;
    });
    console.log(
      `Registered ${stored.map((c) => `/${c.name}`).join(", ")} ${guildId ? `in server ${guildId} (usable now)` : "globally (Discord may take up to an hour to show it everywhere)"}.`,
    );
  });

program.parseAsync().catch((error) => {
  if (error instanceof CliError || error instanceof WantListError) {
    process.stderr.write(`relais: ${error.message}\n`);
    process.exit(error instanceof CliError ? error.exitCode : 2);
  }
  exitWithStartupError(error);
});
