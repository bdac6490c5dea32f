import fs from "node:fs";
import path from "node:path";
import { parseEnvelope } from "./envelope";

/** Test-only access to the real SDK payloads in shared/fixtures/sentry-sdk (see its README). */

export const FIXTURE_DIR = path.resolve(__dirname, "../../../shared/fixtures/sentry-sdk");

export interface FixtureRequest {
  file: string;
  url: string;
  headers: Record<string, string>;
  items: string[];
  rawLength: number;
  bodyLength: number;
}

export function fixtureBytes(file: string): Buffer {
  return fs.readFileSync(path.join(FIXTURE_DIR, file));
}

export function envelopeFixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith(".envelope"))
    .sort();
}

export function fixtureRequests(): FixtureRequest[] {
  return JSON.parse(
    fs.readFileSync(path.join(FIXTURE_DIR, "requests.json"), "utf8"),
  ) as FixtureRequest[];
}

/** The JSON payload of the first item of `itemType` in a fixture envelope, parsed by our own parser. */
export function fixtureItemPayload(file: string, itemType = "event"): unknown {
  const parsed = parseEnvelope(fixtureBytes(file));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  const item = parsed.envelope.items.find((candidate) => candidate.headers.type === itemType);
  if (item === undefined) throw new Error(`${file} has no ${itemType} item`);
  return JSON.parse(item.payload.toString("utf8"));
}
