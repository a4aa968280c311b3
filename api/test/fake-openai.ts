/**
 * A local stand-in for the remote side of the OpenAI API (/v1/chat/completions, streaming
 * or not, and /v1/embeddings), answering from a script so tests drive the real `openai` and
 * `@langchain/openai` clients through tool calls, streams, rate limits and outages.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ScriptedAnswer =
  | { status: number; message?: string }
  /** `pauseMs`: the streamed words arrive that far apart (a model writing slowly), for tests of streaming. */
  | { content: string; pauseMs?: number }
  | { toolCalls: { name: string; args: unknown }[] }
  /** JSON for a structured-output request (as content, or as the tool call the client asked for). */
  | { json: unknown };

// biome-ignore lint/suspicious/noExplicitAny: request bodies are whatever the client sent.
export type RecordedRequest = { path: string; body: any; authorization: string | undefined };

export type FakeOpenAI = {
  url: string;
  requests: RecordedRequest[];
  script(...answers: ScriptedAnswer[]): void;
  /**
   * Embedding requests wait until `release()`: proves what a slow embedder does (or must not
   * block). `arrived` resolves when the first held request reaches the fake.
   */
  holdEmbeddings(): { arrived: Promise<void>; release(): void };
  /** Embedding requests answer this HTTP status (an outage) until called with `undefined`. */
  failEmbeddings(status: number | undefined): void;
  /** Forgets recorded requests and unused answers. */
  reset(): void;
  close(): Promise<void>;
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = "";
    req.on("data", (chunk) => {
      data += chunk;
    });
    req.on("end", () => resolve(data));
  });

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queue: ScriptedAnswer[] = [];
  const requests: RecordedRequest[] = [];
  let counter = 0;
  let embeddingGate: { opened: Promise<void>; arrived: () => void } | undefined;
  let embeddingFailure: number | undefined;
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const body = raw ? JSON.parse(raw) : {};
    const path = req.url ?? "";
    requests.push({ path, body, authorization: req.headers.authorization });
    if (path.endsWith("/embeddings")) {
      if (embeddingGate) {
        embeddingGate.arrived();
        await embeddingGate.opened;
      }
      if (embeddingFailure !== undefined) {
        res.writeHead(embeddingFailure, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: `status ${embeddingFailure}`, type: "test", code: null } }));
        return;
      }
      const inputs: string[] = Array.isArray(body.input) ? body.input : [body.input];
      const dimensions = body.dimensions ?? 1536;
      const data = inputs.map((text, index) => {
        // Deterministic vector from the text: same text, same vector.
        const vector = Array.from({ length: dimensions }, (_, i) =>
          Math.sin((text.length + 1) * (i + 1) + text.charCodeAt(i % Math.max(1, text.length))),
        );
        const embedding = body.encoding_format === "base64" ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
        return { object: "embedding", index, embedding };
      });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ object: "list", data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
      return;
    }
    const answer = queue.shift() ?? { content: "(no scripted answer)" };
    if ("status" in answer) {
      // OpenAI sends retry-after with its 429s; clients wait that long before retrying.
      res.writeHead(answer.status, { "content-type": "application/json", ...(answer.status === 429 ? { "retry-after": "1" } : {}) });
      res.end(JSON.stringify({ error: { message: answer.message ?? `status ${answer.status}`, type: "test", code: null } }));
      return;
    }
    const id = `chatcmpl-${++counter}`;
    let message: { role: "assistant"; content: string | null; tool_calls?: unknown[] };
    if ("json" in answer) {
      const forcedTool =
        body.tools?.length && body.tool_choice ? (body.tool_choice.function?.name ?? body.tools[0].function.name) : undefined;
      message = forcedTool
        ? {
            role: "assistant",
            content: null,
            tool_calls: [
              { id: `call_${counter}`, type: "function", function: { name: forcedTool, arguments: JSON.stringify(answer.json) } },
            ],
          }
        : { role: "assistant", content: JSON.stringify(answer.json) };
    } else if ("toolCalls" in answer) {
      message = {
        role: "assistant",
        content: null,
        tool_calls: answer.toolCalls.map((call, i) => ({
          id: `call_${counter}_${i}`,
          type: "function",
          function: { name: call.name, arguments: typeof call.args === "string" ? call.args : JSON.stringify(call.args) },
        })),
      };
    } else {
      message = { role: "assistant", content: answer.content };
    }
    const finish = message.tool_calls ? "tool_calls" : "stop";
    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id,
          object: "chat.completion",
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, message, finish_reason: finish }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream" });
    const send = (delta: unknown, finishReason: string | null = null) =>
      res.write(
        `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created: 0, model: body.model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`,
      );
    send({ role: "assistant", content: "" });
    if (message.tool_calls) {
      (message.tool_calls as { id: string; function: { name: string; arguments: string } }[]).forEach((call, index) => {
        send({
          tool_calls: [
            { index, id: call.id, type: "function", function: { name: call.function.name, arguments: call.function.arguments } },
          ],
        });
      });
    } else {
      // A few words at a time, as a real model streams.
      const pauseMs = "content" in answer ? (answer.pauseMs ?? 0) : 0;
      for (const piece of (message.content ?? "").match(/\S+\s*/g) ?? []) {
        send({ content: piece });
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    }
    send({}, finish);
    res.write("data: [DONE]\n\n");
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script(...answers) {
      queue.push(...answers);
    },
    holdEmbeddings() {
      let arrived!: () => void;
      let release!: () => void;
      const arrival = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      const opened = new Promise<void>((resolve) => {
        release = () => {
          embeddingGate = undefined;
          resolve();
        };
      });
      embeddingGate = { opened, arrived };
      return { arrived: arrival, release };
    },
    failEmbeddings(status) {
      embeddingFailure = status;
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
