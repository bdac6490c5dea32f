import type { ServerResponse } from "node:http";

/** Header values must be visible ASCII: a reason may quote client input (an encoding name…). */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
}

export interface IngestResponse {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

export function ok(body: Record<string, unknown>): IngestResponse {
  return { status: 200, body };
}

/** A refusal: JSON `{detail}` plus `X-Sentry-Error`, which SDKs log (protocol doc §3). */
export function refuse(
  status: number,
  reason: string,
  headers: Record<string, string> = {},
): IngestResponse {
  const detail = headerSafe(reason);
  return { status, body: { detail }, headers: { ...headers, "X-Sentry-Error": detail } };
}

export function send(
  res: ServerResponse,
  response: IngestResponse,
  cors: Readonly<Record<string, string>>,
): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(response.body);
  const headers: Record<string, string> = Object.assign({}, cors, response.headers);
  headers["Content-Type"] = "application/json";
  headers["Content-Length"] = String(Buffer.byteLength(body));
  res.writeHead(response.status, headers);
  res.end(body);
}
