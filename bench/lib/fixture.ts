import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const FIXTURES = new URL("../../../shared/fixtures/sentry-sdk/", import.meta.url);

interface RecordedRequest {
  file: string;
  url: string;
  headers: Record<string, string>;
}

export interface BenchRequest {
  /** Path and query with the bench project's id and key. */
  path: string;
  headers: Record<string, string>;
  raw: Buffer;
}

/** A fixture envelope with the headers requests.json recorded for it, aimed at the bench project. */
export function fixtureRequest(
  file: string,
  project: { projectId: number; publicKey: string },
): BenchRequest {
  const recorded = (
    JSON.parse(readFileSync(new URL("requests.json", FIXTURES), "utf8")) as RecordedRequest[]
  ).find((entry) => entry.file === file);
  if (recorded === undefined) throw new Error(`${file} is not in requests.json`);
  const headers = { ...recorded.headers };
  // autocannon frames the body itself (Content-Length); host comes from the target URL.
  delete headers["transfer-encoding"];
  delete headers.host;
  return {
    path: recorded.url
      .replace(/^\/api\/42\//, `/api/${project.projectId}/`)
      .replace("sentry_key=publickey", `sentry_key=${project.publicKey}`),
    headers,
    raw: readFileSync(new URL(file, FIXTURES)),
  };
}

/** The body gzipped once, with `content-encoding: gzip` added to the recorded headers. */
export function gzipped(request: BenchRequest): { headers: Record<string, string>; body: Buffer } {
  return {
    headers: { ...request.headers, "content-encoding": "gzip" },
    body: gzipSync(request.raw),
  };
}
