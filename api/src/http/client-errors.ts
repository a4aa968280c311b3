/**
 * Requests Node's HTTP parser refuses before express sees them (headers or URL too large,
 * malformed request line) still get a problem+json answer instead of a bare status line.
 */
import type { Server } from "node:http";

const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  408: "Request Timeout",
  413: "Content Too Large",
  431: "Request Header Fields Too Large",
};

export function answerClientErrorsAsProblems(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const title = STATUS_TEXT[status] ?? "Bad Request";
    const body = JSON.stringify({
      type: "about:blank",
      title,
      status,
      detail:
        status === 431
          ? "The URL or headers are too large. / L'URL ou les en-têtes sont trop longs."
          : "Malformed HTTP request. / Requête HTTP mal formée.",
    });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
