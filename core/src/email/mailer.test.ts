/**
 * Email goes through a real SMTP server on loopback (the smtp-server package), not a mock
 * transport; when the server is down the email stays pending and is delivered on retry.
 */
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { pino } from "pino";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyTemplateDataDir } from "../../test/database.ts";
import { loadConfig } from "../config/index.ts";
import { type Database, openDatabase } from "../db/database.ts";
import { Mailer } from "./mailer.ts";

type Received = { from: string; to: string[]; data: string };

let db: Database;
beforeAll(async () => {
  db = await openDatabase(loadConfig({ RELAIS_DATA_DIR: copyTemplateDataDir() }).database, { migrate: false });
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

describe("mailer over SMTP", () => {
  it("delivers the templated email in the member's language and marks it sent", async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(received);
    const mailer = new Mailer(db.prisma, { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: "Relais <no-reply@relais.test>", logger });
    try {
      const id = await mailer.send({
        to: "chloe@example.org",
        locale: "fr",
        template: "reset_password",
        params: { name: "Chloé", link: "https://relais.test/auth/reset-password?token=abc" },
      });
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(["chloe@example.org"]);
      expect(received[0]?.from).toBe("no-reply@relais.test");
      const mail = await simpleParser(received[0]?.data ?? "");
      expect(mail.subject).toBe("Réinitialisez votre mot de passe");
      expect(mail.text).toContain("Bonjour Chloé,");
      expect(mail.text).toContain("https://relais.test/auth/reset-password?token=abc");
      expect(mail.html).toContain('<a href="https://relais.test/auth/reset-password?token=abc">');
      expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
    } finally {
      mailer.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  });

  it("keeps the email pending while the server is down, and delivers it when it is back", async () => {
    const down = await startSmtp([]);
    const port = down.port;
    await new Promise<void>((resolve) => down.close(() => resolve())); // nothing listens on that port now
    const mailer = new Mailer(db.prisma, { smtpUrl: `smtp://127.0.0.1:${port}`, from: "relais@relais.test", logger });
    try {
      const id = await mailer.send({
        to: "emma@example.org",
        locale: "en",
        template: "verify_email",
        params: { name: "Emma", link: "https://relais.test/auth/verify-email?token=xyz" },
      });
      const pending = await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } });
      expect(pending).toMatchObject({ status: "pending", attempts: 1 });
      expect(pending.lastError).toMatch(/ECONNREFUSED/);

      const received: Received[] = [];
      const back = await startSmtp(received, port);
      try {
        // backoff: not yet due right away, due 30 s after the first attempt
        expect(await mailer.retryPending(new Date())).toBe(0);
        expect(await mailer.retryPending(new Date(Date.now() + 31_000))).toBe(1);
        expect(received[0]?.data).toContain("Subject: Confirm your email address");
        expect((await db.prisma.emailOutbox.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
      } finally {
        await new Promise<void>((resolve) => back.close(() => resolve()));
      }
    } finally {
      mailer.close();
    }
  });

  it("two workers retrying the same outbox send each email exactly once", async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(received);
    const options = { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: "relais@relais.test", logger };
    const [first, second] = [new Mailer(db.prisma, options), new Mailer(db.prisma, options)];
    const batch = Array.from({ length: 6 }, (_, i) => `twice-${i}-${Date.now()}@example.org`);
    await db.prisma.emailOutbox.createMany({
      data: batch.map((to) => ({ to, subject: "Confirm", text: "Hello", template: "verify_email", locale: "en" as const })),
    });
    try {
      const now = new Date();
      const [a, b] = await Promise.all([first.retryPending(now), second.retryPending(now)]);
      expect(a + b).toBe(batch.length);
      expect(received.flatMap((mail) => mail.to).sort()).toEqual([...batch].sort());
      const rows = await db.prisma.emailOutbox.findMany({ where: { to: { in: batch } } });
      expect(rows.map((row) => [row.status, row.attempts, row.leaseUntil])).toEqual(batch.map(() => ["sent", 1, null]));
    } finally {
      first.close();
      second.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
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
