/** The OpenAPI 3.1 document, generated from the routes' zod schemas. */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";

export function createRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "A member's access token (JWT from /auth/login, /auth/register or /auth/refresh) or a personal access token (rel_pat_…).",
  });
  return registry;
}

export function generateDocument(registry: OpenAPIRegistry, serverUrl: string) {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Relais API",
      version: "1.0.0",
      description:
        "REST API of Relais, the chat-first community marketplace. Errors are application/problem+json (RFC 9457). Lists use cursor pagination (`limit`, `cursor` → `nextCursor`). POSTs that create things honour `Idempotency-Key`. Answers follow `Accept-Language` (fr, en).",
    },
    // The first server is relative: "Try it out" in /docs calls the address the page was opened
    // at (127.0.0.1 or localhost alike: no cross-origin refusal); PUBLIC_URL is listed second.
    servers: [
      { url: "/", description: "The address this document was served from" },
      ...(serverUrl && serverUrl !== "/" ? [{ url: serverUrl, description: "PUBLIC_URL" }] : []),
    ],
    tags: [
      { name: "auth", description: "Sign-up, sign-in, sessions, passwords, OAuth" },
      { name: "me", description: "My account and identities" },
      { name: "tokens", description: "Personal access tokens for integrators" },
      { name: "listings", description: "Offers, wants, categories and search" },
      { name: "matches", description: "Swaps and three-way cycles proposed to me" },
      { name: "messaging", description: "Conversations and messages (real time over socket.io)" },
      { name: "profiles", description: "Profiles, trust score, reports and blocks" },
      { name: "admin", description: "Moderation of reports (admin role)" },
      { name: "development", description: "Developer helpers (not in production)" },
    ],
  });
}
