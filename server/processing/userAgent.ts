import type { JsonObject } from "./types";

/**
 * Browser and OS contexts from a User-Agent header, for browser events that carry no such
 * contexts (Relay derives them the same way, with ua-parser; this covers the browsers people
 * use, with uap-core's family names so tags read as in Sentry).
 */

const BROWSERS: Array<[name: string, pattern: RegExp]> = [
  ["Edge", /\bEdg(?:e|A|iOS)?\/(\d+(?:\.\d+)*)/],
  ["Opera", /\bOPR\/(\d+(?:\.\d+)*)/],
  ["Samsung Internet", /\bSamsungBrowser\/(\d+(?:\.\d+)*)/],
  ["HeadlessChrome", /\bHeadlessChrome\/(\d+(?:\.\d+)*)/],
  ["Chrome Mobile iOS", /\bCriOS\/(\d+(?:\.\d+)*)/],
  ["Firefox iOS", /\bFxiOS\/(\d+(?:\.\d+)*)/],
  ["Chrome Mobile", /\bChrome\/(\d+(?:\.\d+)*) Mobile/],
  ["Chrome", /\bChrome\/(\d+(?:\.\d+)*)/],
  ["Firefox", /\bFirefox\/(\d+(?:\.\d+)*)/],
  ["Mobile Safari", /\bVersion\/(\d+(?:\.\d+)*).*Mobile.*Safari\//],
  ["Safari", /\bVersion\/(\d+(?:\.\d+)*).*Safari\//],
];

const SYSTEMS: Array<[name: string, pattern: RegExp]> = [
  ["Windows", /\bWindows NT (\d+\.\d+)/],
  ["iOS", /\b(?:iPhone|CPU) OS (\d+(?:_\d+)*)/],
  ["Mac OS X", /\bMac OS X (\d+(?:[._]\d+)*)/],
  ["Android", /\bAndroid (\d+(?:\.\d+)*)/],
  ["Chrome OS", /\bCrOS \S+ (\d+(?:\.\d+)*)/],
  ["Linux", /\bLinux\b()/],
];

export function userAgentContexts(userAgent: string): { browser?: JsonObject; os?: JsonObject } {
  const result: { browser?: JsonObject; os?: JsonObject } = {};
  const browser = firstMatch(BROWSERS, userAgent);
  if (browser !== undefined) result.browser = context("browser", browser);
  const os = firstMatch(SYSTEMS, userAgent);
  if (os !== undefined) result.os = context("os", os);
  return result;
}

function firstMatch(
  candidates: Array<[string, RegExp]>,
  userAgent: string,
): { name: string; version: string } | undefined {
  for (const [name, pattern] of candidates) {
    const match = pattern.exec(userAgent);
    if (match !== null) return { name, version: shortVersion(match[1] ?? "") };
  }
  return undefined;
}

/** uap-core reports major.minor.patch at most. */
function shortVersion(version: string): string {
  return version.replace(/_/g, ".").split(".").slice(0, 3).join(".");
}

function context(type: string, { name, version }: { name: string; version: string }): JsonObject {
  return version === "" ? { name, type } : { name, version, type };
}
