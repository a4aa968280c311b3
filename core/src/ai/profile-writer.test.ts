/**
 * The local profile writer: a CV in French, an English one, and a GitHub username read from
 * a local stand-in for the public GitHub REST API (bio, top languages, notable repositories).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFound } from "../errors/domain.ts";
import { extractProfileLocally, LocalProfileWriter } from "./profile-writer.ts";

let github: Server;
let githubUrl: string;

beforeAll(async () => {
  github = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url === "/users/camille-dev")
      return send(200, {
        login: "camille-dev",
        name: "Camille",
        bio: "Rust and Go engineer. Open source maintainer.",
        location: "Lyon, France",
      });
    if (req.url?.startsWith("/users/camille-dev/repos"))
      return send(200, [
        { name: "fast-queue", description: "A lock-free queue", language: "Rust", stargazers_count: 1200, fork: false },
        { name: "kube-tools", description: "Kubernetes helpers", language: "Go", stargazers_count: 300, fork: false },
        { name: "dotfiles", description: null, language: "Shell", stargazers_count: 2, fork: false },
        { name: "forked-thing", description: null, language: "Python", stargazers_count: 9000, fork: true },
        { name: "rusty-http", description: null, language: "Rust", stargazers_count: 40, fork: false },
      ]);
    return send(404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => github.listen(0, "127.0.0.1", resolve));
  githubUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => github.close(() => resolve())));

describe("local profile writer", () => {
  it("reads a French CV: role, skills, day rate, place, languages", () => {
    const draft = extractProfileLocally(
      "Développeuse fullstack React / Node.js depuis 7 ans, basée à Bordeaux. TJM : 520€/j. Langues : français, anglais, espagnol. Disponible en télétravail.",
    );
    expect(draft).toMatchObject({
      headline: "Développeuse fullstack React / Node.js",
      dailyRate: 52000,
      hourlyRate: null,
      currency: "EUR",
      place: "Bordeaux",
      remote: true,
    });
    expect(draft.skills).toEqual(expect.arrayContaining(["react", "node"]));
    expect(draft.languages).toEqual(["fr", "en", "es"]);
  });

  it("reads an English CV with an hourly rate in dollars", () => {
    const draft = extractProfileLocally(
      "I'm a UX designer with Figma and user research, $80/h, based in Montreal. I speak English and French.",
    );
    // (a "$" rate of a member based in Montréal is in Canadian dollars: the dollar of the town said)
    expect(draft).toMatchObject({ hourlyRate: 8000, currency: "CAD", place: "Montréal" });
    expect(draft.skills).toEqual(expect.arrayContaining(["ux design", "figma"]));
    expect(draft.languages).toEqual(["en", "fr"]);
  });

  it("an English CV that says 'I excel at' gets no Excel skill; one that names Excel keeps it", () => {
    const bio =
      "Front-end developer, React and TypeScript. I excel at turning mockups into accessible pages, and I'll excel on a deadline.";
    expect(extractProfileLocally(bio).skills).toEqual(["react", "typescript"]);
    expect(extractProfileLocally("Financial analyst: dashboards in Excel and VBA, Power BI.").skills).toEqual(["excel", "power bi"]);
  });

  it("keeps each tool a CV names: GitHub Actions is not Jenkins, n8n is not Zapier, a Raspberry Pi is not an Arduino", () => {
    const cv = "Automation engineer: pipelines on GitHub Actions and GitLab CI, workflows in n8n and Make.com, prototypes on Raspberry Pi.";
    expect(extractProfileLocally(cv).skills).toEqual(["github actions", "gitlab ci", "n8n", "make.com", "raspberry pi"]);
  });

  it("writes from a GitHub username: bio, top languages as skills, notable repositories, place", async () => {
    const draft = await new LocalProfileWriter(githubUrl).write({ githubUsername: "camille-dev" });
    expect(draft.githubUsername).toBe("camille-dev");
    expect(draft.skills.slice(0, 2)).toEqual(["rust", "golang"]);
    expect(draft.place).toBe("Lyon");
    expect(draft.bio).toContain("fast-queue (★1200)");
    expect(draft.bio).not.toContain("forked-thing");
  });

  it("says when the GitHub user does not exist", async () => {
    await expect(new LocalProfileWriter(githubUrl).write({ githubUsername: "nobody-here" })).rejects.toBeInstanceOf(NotFound);
  });
});
