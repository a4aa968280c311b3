/**
 * Email goes through a real SMTP server on loopback (the smtp-server package), not a mock
 * transport, and is sent by `email.send` jobs on the job queue (pg-boss on the same embedded
 * database), as createRelais wires it: when the server is down the email stays pending and its
 * job delivers it once the server is back; two processes sweeping and working one outbox send
 * each email once; an email refused once is retried by its job and arrives once, and the sweep
 * queues one job for an email that has none.
 */
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { pino } from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { JobQueue, QUEUE_SCHEMA } from "../queue/job-queue.ts";
import { defineEmailJobs, EMAIL_SEND_BUDGET_MS, EMAIL_SEND_QUEUE, Mailer, smtpTimeouts } from "./mailer.ts";

type Received = { from: string; to: string[]; data: string };

let db: Database;
const config = loadConfig({ RELAIS_DATA_DIR: copyTemplateDataDir() });
beforeAll(async () => {
  db = await openDatabase(config.database, { migrate: false });
});
afterAll(() => db?.close());

async function startSmtp(received: Received[], port = 0): Promise<SMTPServer & { port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk) => {
        data += chunk;
      });
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return Object.assign(server, { port: (server.server.address() as AddressInfo).port });
}

const logger = pino({ level: "silent" });

/** One process sending email: a Mailer on its own job queue, working `email.send` as createRelais does. */
type Sender = { mailer: Mailer; queue: JobQueue; stop(): Promise<void> };

async function startSender(
  smtpPort: number,
  options: { retryDelaySeconds?: number; from?: string; sendBudgetMs?: number } = {},
): Promise<Sender> {
  const queue = JobQueue.open(config.database, db.pglite, { onError: () => {}, pollingIntervalSeconds: 0.5 });
  const mailer = new Mailer(db.prisma, {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    from: options.from ?? "relais@relais.test",
    logger,
    queue,
    ...(options.sendBudgetMs ? { sendBudgetMs: options.sendBudgetMs } : {}),
  });
  defineEmailJobs(queue, mailer, { work: true, retryDelaySeconds: options.retryDelaySeconds ?? 1 });
  await queue.start();
  return {
    mailer,
    queue,
    async stop() {
      await queue.stop();
      mailer.close();
    },
  };
}

const outboxRow = (id: string) => db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } });

async function waitForStatus(id: string, status: string): Promise<void> {
  await expect.poll(async () => (await outboxRow(id)).status, { timeout: 30_000 }).toBe(status);
}

/** The `email.send` jobs of one email (pg-boss keeps finished ones). */
function jobsOf(queue: JobQueue, emailId: string) {
  return queue.sql<{ state: string; retry_count: number }>(
    `SELECT state::text AS state, retry_count FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND singleton_key = $2`,
    [EMAIL_SEND_QUEUE, emailId],
  );
}

const closeSmtp = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

describe("mailer over SMTP", () => {
  it("delivers the templated email in the member's language and marks it sent", async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(received);
    const sender = await startSender(smtp.port, { from: "Relais <no-reply@relais.test>" });
    try {
      const id = await sender.mailer.send({
        to: "chloe@example.org",
        locale: "fr",
        template: "reset_password",
        params: { name: "Chloé", link: "https://relais.test/auth/reset-password?token=abc" },
      });
      await waitForStatus(id, "sent");
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(["chloe@example.org"]);
      expect(received[0]?.from).toBe("no-reply@relais.test");
      const mail = await simpleParser(received[0]?.data ?? "");
      expect(mail.subject).toBe("Réinitialisez votre mot de passe");
      expect(mail.text).toContain("Bonjour Chloé,");
      expect(mail.text).toContain("https://relais.test/auth/reset-password?token=abc");
      expect(mail.html).toContain('<a href="https://relais.test/auth/reset-password?token=abc">');
    } finally {
      await sender.stop();
      await closeSmtp(smtp);
    }
  });

  it("SMTP without a job queue is refused at construction (nothing would retry a failed send)", () => {
    expect(() => new Mailer(db.prisma, { smtpUrl: "smtp://127.0.0.1:25", from: "relais@relais.test", logger })).toThrow(/job queue/);
  });

  it("a send that fails after another attempt delivered the email leaves it sent (no third send)", async () => {
    // The server reads the message, then waits: meanwhile the email's job was retried elsewhere and sent it.
    let refuse!: () => void;
    const refused = new Promise<void>((resolve) => (refuse = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const slow = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        stream.resume();
        stream.on("end", () => {
          held();
          void refused.then(() => callback(Object.assign(new Error("try again later"), { responseCode: 451 })));
        });
      },
    });
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const sender = await startSender((slow.server.address() as AddressInfo).port);
    try {
      const id = await sender.mailer.send({
        to: "noor@example.org",
        locale: "en",
        template: "verify_email",
        params: { name: "Noor", link: "https://relais.test/auth/verify-email?token=late" },
      });
      await holding;
      const sentAt = new Date();
      await db.prisma.emailOutbox.update({ where: { id }, data: { status: "sent", sentAt, attempts: 1, leaseUntil: null } });
      refuse();
      // The late refusal ends the job (nothing to retry) and leaves the row as the other attempt wrote it.
      await expect.poll(async () => (await jobsOf(sender.queue, id)).map((job) => job.state), { timeout: 30_000 }).toEqual(["completed"]);
      expect(await outboxRow(id)).toMatchObject({ status: "sent", sentAt, attempts: 1, lastError: null });
    } finally {
      await sender.stop();
      await closeSmtp(slow);
    }
  });

  it("keeps the email pending while the server is down, and its job delivers it once when the server is back", async () => {
    const down = await startSmtp([]);
    const port = down.port;
    await closeSmtp(down); // nothing listens on that port now
    // First retry 2–4 s after the refusal (pg-boss's backoff): the server is back well before.
    const sender = await startSender(port, { retryDelaySeconds: 2 });
    let back: SMTPServer | undefined;
    try {
      const id = await sender.mailer.send({
        to: "emma@example.org",
        locale: "en",
        template: "verify_email",
        params: { name: "Emma", link: "https://relais.test/auth/verify-email?token=xyz" },
      });
      await expect.poll(async () => (await jobsOf(sender.queue, id)).map((job) => job.state), { timeout: 30_000 }).toEqual(["retry"]);
      const pending = await outboxRow(id);
      expect(pending).toMatchObject({ status: "pending", attempts: 1, leaseUntil: null });
      expect(pending.lastError).toMatch(/ECONNREFUSED/);

      const received: Received[] = [];
      back = await startSmtp(received, port);
      await waitForStatus(id, "sent");
      expect(received).toHaveLength(1);
      expect(received[0]?.data).toContain("Subject: Confirm your email address");
      expect(await outboxRow(id)).toMatchObject({ attempts: 2, lastError: null, leaseUntil: null });
      expect(await jobsOf(sender.queue, id)).toEqual([{ state: "completed", retry_count: 1 }]);
    } finally {
      await sender.stop();
      if (back) await closeSmtp(back);
    }
  });

  it("a server that stalls after the message is dropped within the job's budget, and the retry sends the email exactly once", async () => {
    // The first session never answers the end of the data until the retry has delivered; a real
    // server then says "250 OK" and delivers it too, if the sender is still listening.
    const received: Received[] = [];
    const closed = new Set<string>();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let stalled = false;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onClose(session) {
        closed.add(session.id);
      },
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (chunk) => {
          data += chunk;
        });
        stream.on("end", () => {
          const accept = () => {
            received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: [], data });
            callback();
          };
          if (stalled) return accept();
          stalled = true;
          void released.then(() => {
            if (!closed.has(session.id)) accept();
          });
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    // Short enough for a test, long enough that a busy machine's loopback greeting (budget/20) never times out.
    const budgetMs = 30_000;
    const sender = await startSender((smtp.server.address() as AddressInfo).port, { sendBudgetMs: budgetMs });
    try {
      const started = Date.now();
      const id = await sender.mailer.send({
        to: "ines@example.org",
        locale: "fr",
        template: "verify_email",
        params: { name: "Inès", link: "https://relais.test/auth/verify-email?token=stall" },
      });
      await expect.poll(async () => (await outboxRow(id)).attempts, { timeout: 45_000, interval: 20 }).toBe(1);
      const firstAttemptEnded = Date.now() - started;
      const firstError = (await outboxRow(id)).lastError;
      await waitForStatus(id, "sent");
      release();
      await new Promise<void>((resolve) => setImmediate(resolve));
      expect(received).toHaveLength(1);
      expect(received[0]?.data).toContain("Subject: Confirmez votre adresse e-mail");
      // The first send itself gave up (nodemailer's timeout) before pg-boss would expire its job.
      expect(firstAttemptEnded).toBeLessThan(budgetMs);
      expect(firstError).toMatch(/timeout/i);
      expect(await outboxRow(id)).toMatchObject({ status: "sent", attempts: 2, lastError: null });
      expect(await jobsOf(sender.queue, id)).toEqual([{ state: "completed", retry_count: 1 }]);
    } finally {
      release();
      await sender.stop();
      await closeSmtp(smtp);
    }
  });

  it("the default SMTP waits end a send within the email job's budget", () => {
    const waits = smtpTimeouts(EMAIL_SEND_BUDGET_MS);
    // DNS, connection and greeting once, then up to 12 exchanges each allowed the socket's silence.
    expect(waits.dnsTimeout + waits.connectionTimeout + waits.greetingTimeout + 12 * waits.socketTimeout).toBeLessThan(
      EMAIL_SEND_BUDGET_MS,
    );
    expect(waits.socketTimeout).toBeGreaterThanOrEqual(15_000);
  });

  it("two processes sweeping and working the same outbox send each email exactly once", async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(received);
    const first = await startSender(smtp.port);
    const second = await startSender(smtp.port);
    const batch = Array.from({ length: 6 }, (_, i) => `twice-${i}-${Date.now()}@example.org`);
    // Stored without their jobs (written just before a crash): both processes' sweeps find them.
    await db.prisma.emailOutbox.createMany({
      data: batch.map((to) => ({
        to,
        subject: "Confirm",
        text: "Hello",
        template: "verify_email",
        locale: "en" as const,
        createdAt: new Date(Date.now() - 60_000),
      })),
    });
    try {
      const [a, b] = await Promise.all([first.mailer.queueOrphans(), second.mailer.queueOrphans()]);
      expect(a + b).toBe(batch.length);
      const rows = () => db.prisma.emailOutbox.findMany({ where: { to: { in: batch } }, orderBy: { to: "asc" } });
      await expect.poll(async () => (await rows()).map((row) => row.status), { timeout: 30_000 }).toEqual(batch.map(() => "sent"));
      expect(received.flatMap((mail) => mail.to).sort()).toEqual([...batch].sort());
      expect((await rows()).map((row) => [row.attempts, row.leaseUntil])).toEqual(batch.map(() => [1, null]));
    } finally {
      await first.stop();
      await second.stop();
      await closeSmtp(smtp);
    }
  });

  it("without SMTP keeps the email in the dev outbox", async () => {
    const mailer = new Mailer(db.prisma, { smtpUrl: undefined, from: "relais@relais.test", logger });
    const id = await mailer.send({
      to: "farid@example.org",
      locale: "fr",
      template: "verify_email",
      params: { name: "Farid", link: "https://relais.test/x" },
    });
    expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("stored");
    expect(mailer.mode).toBe("outbox");
  });
});

describe("mailer on the job queue", () => {
  it("an email the server refuses once is retried by its job and arrives once; the sweep queues one job for an email without", async () => {
    const received: Received[] = [];
    let refusals = 1;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let data = "";
        stream.on("data", (chunk) => {
          data += chunk;
        });
        stream.on("end", () => {
          if (refusals-- > 0) return callback(Object.assign(new Error("try again later"), { responseCode: 451 }));
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    const queue = JobQueue.open(config.database, db.pglite, { onError: () => {}, pollingIntervalSeconds: 0.5 });
    const mailer = new Mailer(db.prisma, { smtpUrl: `smtp://127.0.0.1:${port}`, from: "relais@relais.test", logger, queue });
    defineEmailJobs(queue, mailer, { work: true, retryDelaySeconds: 1 });
    await queue.start();
    try {
      const to = `queued-${Date.now()}@example.org`;
      const id = await mailer.send({ to, locale: "en", template: "verify_email", params: { name: "Gil", link: "https://relais.test/v" } });
      await expect
        .poll(async () => (await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).status, { timeout: 30_000 })
        .toBe("sent");
      const row = await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect([row.attempts, row.lastError, row.leaseUntil]).toEqual([2, null, null]);
      expect(received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
      const jobs = await queue.sql<{ state: string; retry_count: number }>(
        `SELECT state::text AS state, retry_count FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND singleton_key = $2`,
        [EMAIL_SEND_QUEUE, id],
      );
      expect(jobs).toEqual([{ state: "completed", retry_count: 1 }]);

      // An email stored without its job (the process died in between): two sweeps queue it once.
      const orphan = await db.prisma.emailOutbox.create({
        data: {
          to: `orphan-${Date.now()}@example.org`,
          subject: "Confirm",
          text: "Hello",
          template: "verify_email",
          locale: "en",
          createdAt: new Date(Date.now() - 60_000),
        },
      });
      const swept = await Promise.all([mailer.queueOrphans(), mailer.queueOrphans()]);
      expect(swept.reduce((a, b) => a + b, 0)).toBe(1);
      await expect
        .poll(async () => (await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id: orphan.id } })).status, { timeout: 30_000 })
        .toBe("sent");
      expect(received.filter((mail) => mail.to.includes(orphan.to))).toHaveLength(1);
    } finally {
      await queue.stop();
      mailer.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });
});
