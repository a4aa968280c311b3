/**
 * Outgoing email. Every message is first written to the EmailOutbox table, then delivered:
 * through SMTP (nodemailer) when SMTP_URL is set, otherwise kept as "stored" in the dev outbox
 * (GET /dev/outbox) with its link logged. The email's job leases it (a conditional UPDATE)
 * before sending, so the sweep leaves it alone meanwhile; a failed send stays pending and the
 * job is tried again with backoff.
 *
 * SMTP sending runs on the job queue: each email is an `email.send` job (one per email,
 * `exclusive`), retried by pg-boss with exponential backoff from 30 s, worked by any process
 * running the `email` worker; `email.sweep` (every minute) queues any pending email that has
 * no job — one written just before a crash, or left from an earlier release.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import type { Logger } from "pino";
import type { PrismaClient } from "../db/generated/client.ts";
import { type Locale, type MessageKey, t } from "../i18n/messages.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { escapeHtml } from "../text/html.ts";

export type EmailTemplate = "verify_email" | "reset_password" | "password_changed" | "email_changed" | "widget_code";

const TEMPLATES: Record<EmailTemplate, { subject: MessageKey; body: MessageKey }> = {
  verify_email: { subject: "email_verify_subject", body: "email_verify_body" },
  reset_password: { subject: "email_reset_subject", body: "email_reset_body" },
  password_changed: { subject: "email_password_changed_subject", body: "email_password_changed_body" },
  email_changed: { subject: "email_changed_subject", body: "email_changed_body" },
  widget_code: { subject: "email_widget_code_subject", body: "email_widget_code_body" },
};

export const MAX_EMAIL_ATTEMPTS = 6;
/**
 * The time one `email.send` job may run (its lease on the row, and pg-boss's `expireInSeconds`):
 * past it pg-boss fails the job and retries it, possibly in another process.
 */
export const EMAIL_SEND_BUDGET_MS = 5 * 60_000;

/**
 * nodemailer's waits, derived from the job's budget so a send always ends (sent or failed) within
 * it. nodemailer's own defaults (2 min to connect, 10 min of socket silence: RFC 5321's wait for
 * the answer to DATA) let a stalled send outlive its job: the retry sent the email, then the
 * stalled server's late "250 OK" made it go out twice. A server silent at any step is now given
 * up after budget/15 (20 s); one that answers each of a send's exchanges (greeting, EHLO,
 * STARTTLS, AUTH, MAIL, RCPT, DATA, end of data: 12 at most) just before that still ends within
 * the budget: 3 × budget/20 + 12 × budget/15 = 95 % of it. The cost: a server that takes longer
 * than that to accept the data is treated as a failure and the email is retried.
 */
export function smtpTimeouts(budgetMs: number) {
  return {
    dnsTimeout: budgetMs / 20,
    connectionTimeout: budgetMs / 20,
    greetingTimeout: budgetMs / 20,
    socketTimeout: budgetMs / 15,
  };
}

/** nodemailer's options for SMTP_URL with its waits capped by smtpTimeouts (a shorter one in the URL's query is kept). */
function smtpTransportOptions(smtpUrl: string, budgetMs: number): SMTPTransport.Options {
  const options: SMTPTransport.Options = parseConnectionUrl(smtpUrl);
  for (const [name, cap] of Object.entries(smtpTimeouts(budgetMs)) as [keyof ReturnType<typeof smtpTimeouts>, number][]) {
    const asked = options[name];
    options[name] = typeof asked === "number" && asked > 0 && asked < cap ? asked : cap;
  }
  return options;
}
export const EMAIL_SEND_QUEUE = "email.send";
export const EMAIL_SWEEP_QUEUE = "email.sweep";

/** `link` is the template's own link; every other parameter is text someone typed (a name, an address). */
export type EmailRequest = {
  to: string;
  userId?: string;
  locale: Locale;
  template: EmailTemplate;
  params: { name: string; link: string } & Record<string, string>;
};

// Scheme-less hosts too: mail clients turn "evil.example/verify" into a link on their own.
const URL_LIKE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b\S*/gi;
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]+/gu;

/**
 * Typed text as it may appear in an email: on one line, and with anything a mail client would
 * make clickable defanged ("https[:]//evil[.]example"), so only the template's link is a link.
 */
export function neutralizeForEmail(text: string): string {
  return text.replace(CONTROL, " ").replace(URL_LIKE, (url) => url.replace(/:\/\//g, "[:]//").replace(/\./g, "[.]"));
}

const LINK_MARK = "\u{F8FF}";

export function renderEmail(request: EmailRequest): { subject: string; text: string; html: string } {
  const template = TEMPLATES[request.template];
  const { link, ...typed } = request.params;
  const safe = Object.fromEntries(Object.entries(typed).map(([key, value]) => [key, neutralizeForEmail(value)]));
  const text = t(template.body, request.locale, { ...safe, link });
  // The HTML part is built around a mark where the link goes: only that place becomes an anchor.
  const anchor = `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`;
  const body = escapeHtml(t(template.body, request.locale, { ...safe, link: LINK_MARK }))
    .split(LINK_MARK)
    .join(anchor)
    .split("\n")
    .join("<br>");
  const html = `<!doctype html><html lang="${request.locale}"><body style="font-family:sans-serif;line-height:1.5">${body}</body></html>`;
  return { subject: t(template.subject, request.locale, safe), text, html };
}

type Outcome = "sent" | "retry" | "failed" | "skipped";

export type MailerOptions = {
  /** Unset: emails are kept in the dev outbox. */
  smtpUrl: string | undefined;
  from: string;
  logger: Logger;
  /** Sends the `email.send` jobs (defineEmailJobs); required with `smtpUrl`. */
  queue?: JobQueue;
  /** The time one send may take, its SMTP waits included (default EMAIL_SEND_BUDGET_MS; shorter in tests). */
  sendBudgetMs?: number;
};

export class Mailer {
  /** With SMTP: the transport, and the queue whose jobs send through it. */
  readonly #smtp: { transport: Transporter; queue: JobQueue } | undefined;
  readonly #prisma: PrismaClient;
  readonly #options: MailerOptions;
  /** The `email.send` job's budget: its lease, pg-boss's expiry, and the bound of every SMTP wait. */
  readonly sendBudgetMs: number;

  constructor(prisma: PrismaClient, options: MailerOptions) {
    this.#prisma = prisma;
    this.#options = options;
    this.sendBudgetMs = options.sendBudgetMs ?? EMAIL_SEND_BUDGET_MS;
    if (options.smtpUrl && !options.queue) throw new Error("SMTP sending runs on the job queue: pass `queue`");
    this.#smtp =
      options.smtpUrl && options.queue
        ? { transport: nodemailer.createTransport(smtpTransportOptions(options.smtpUrl, this.sendBudgetMs)), queue: options.queue }
        : undefined;
  }

  get mode(): "smtp" | "outbox" {
    return this.#smtp ? "smtp" : "outbox";
  }

  /** Records the email and queues its `email.send` job; never throws for a delivery problem. */
  async send(request: EmailRequest): Promise<string> {
    const rendered = renderEmail(request);
    const row = await this.#prisma.emailOutbox.create({
      data: {
        to: request.to,
        userId: request.userId ?? null,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        template: request.template,
        locale: request.locale,
        status: this.#smtp ? "pending" : "stored",
      },
    });
    if (!this.#smtp) {
      this.#options.logger.info(
        { emailId: row.id, template: request.template, link: request.params.link },
        `dev outbox: ${request.template} email stored (see /dev/outbox)`,
      );
      return row.id;
    }
    // Stored first: if the job cannot be queued now, the sweep queues it within a minute.
    await this.#queueSend(row.id).catch((error) =>
      this.#options.logger.warn({ emailId: row.id, err: error }, "email stored; its job will be queued by the sweep"),
    );
    return row.id;
  }

  /** The `email.send` job: delivers one email; throws when it is to be tried again (pg-boss's backoff). */
  async deliverQueued(emailId: string): Promise<Outcome> {
    // The job is the claim (one per email, exclusive): a lease still on the row was taken by an
    // earlier attempt of this job, which pg-boss retried because its process died.
    if (!(await this.#claim(emailId))) return "skipped";
    const outcome = await this.#deliver(emailId);
    if (outcome === "retry") throw new Error("email delivery failed; it will be retried");
    return outcome;
  }

  /** The `email.sweep` job: a job for each pending email that has none (refused while one is queued or running). */
  async queueOrphans(now = new Date()): Promise<number> {
    if (!this.#smtp) return 0;
    const pending = await this.#prisma.emailOutbox.findMany({
      where: {
        status: "pending",
        OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }],
        createdAt: { lt: new Date(now.getTime() - 30_000) },
      },
      orderBy: { createdAt: "asc" },
      select: { id: true },
      take: 200,
    });
    let queued = 0;
    for (const row of pending) if (await this.#queueSend(row.id)) queued++;
    return queued;
  }

  async #queueSend(emailId: string): Promise<boolean> {
    // One job per email waiting or running (exclusive); its retries keep it.
    return (await this.#smtp?.queue.send(EMAIL_SEND_QUEUE, { emailId }, { singletonKey: emailId })) != null;
  }

  /** Leases a pending email to its job (the sweep leaves it alone meanwhile); false when it is no longer pending. */
  async #claim(id: string): Promise<boolean> {
    const claimed = await this.#prisma.emailOutbox.updateMany({
      where: { id, status: "pending" },
      data: { leaseUntil: new Date(Date.now() + this.sendBudgetMs) },
    });
    return claimed.count === 1;
  }

  /** Sends an email its job holds the lease on. */
  async #deliver(id: string): Promise<Outcome> {
    const row = await this.#prisma.emailOutbox.findUnique({ where: { id } });
    if (row?.status !== "pending" || !this.#smtp) return "skipped";
    try {
      await this.#smtp.transport.sendMail({
        from: this.#options.from,
        to: row.to,
        subject: row.subject,
        text: row.text,
        html: row.html ?? undefined,
      });
      await this.#prisma.emailOutbox.update({
        where: { id },
        data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null, leaseUntil: null },
      });
      return "sent";
    } catch (error) {
      const attempts = row.attempts + 1;
      const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
      // Only while still pending: an attempt that outlived its job (a stalled server) must not
      // put back an email a retry has sent since, which the sweep would then send once more.
      const recorded = await this.#prisma.emailOutbox.updateMany({
        where: { id, status: "pending" },
        data: { attempts, lastError: message, status: attempts >= MAX_EMAIL_ATTEMPTS ? "failed" : "pending", leaseUntil: null },
      });
      if (recorded.count === 0) return "skipped";
      if (attempts >= MAX_EMAIL_ATTEMPTS) {
        this.#options.logger.error({ emailId: id, attempts, err: message }, "email delivery failed; given up");
        return "failed";
      }
      this.#options.logger.warn({ emailId: id, attempts, err: message }, "email delivery failed; will retry");
      return "retry";
    }
  }

  close(): void {
    this.#smtp?.transport.close();
  }
}

/**
 * The email queues (before the queue starts): `email.send` delivers one email, pg-boss retrying
 * it with backoff; `email.sweep` runs every minute. `work`: this process sends (its `email` worker).
 */
export function defineEmailJobs(queue: JobQueue, mailer: Mailer, options: { work: boolean; retryDelaySeconds?: number }): void {
  queue.define<{ emailId?: unknown }>(
    {
      name: EMAIL_SEND_QUEUE,
      policy: "exclusive",
      // The row counts attempts and gives up at MAX_EMAIL_ATTEMPTS; pg-boss only needs enough retries.
      retryLimit: MAX_EMAIL_ATTEMPTS,
      retryDelaySeconds: options.retryDelaySeconds ?? 30,
      // nodemailer's waits are capped within it (smtpTimeouts): a send never outlives its job.
      expireInSeconds: Math.ceil(mailer.sendBudgetMs / 1000),
      concurrency: 4,
      work: options.work,
    },
    async (data) => {
      if (typeof data.emailId === "string") await mailer.deliverQueued(data.emailId);
    },
  );
  queue.define({ name: EMAIL_SWEEP_QUEUE, policy: "exclusive", retryLimit: 0, expireInSeconds: 120, work: options.work }, async () => {
    await mailer.queueOrphans();
  });
}

/** After the queue started: the sweep's schedule. */
export async function scheduleEmailJobs(queue: JobQueue): Promise<void> {
  await queue.schedule(EMAIL_SWEEP_QUEUE, "* * * * *", {}, { key: "sweep" });
}
