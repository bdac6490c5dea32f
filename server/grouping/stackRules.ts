import type { GroupingFrame } from "./types";

/**
 * The handful of Sentry's default stack-trace rules ("enhancements") that touch the platforms
 * our users run: third-party code is never in-app, and transpiler/polyfill/event-loop frames are
 * pure noise that must not move a hash. Project-specific rules are not supported.
 */
export interface FrameRuling {
  inApp: boolean;
  /** False: the frame is left out of every variant, like Sentry's `-group`. */
  grouped: boolean;
}

const THIRD_PARTY_PATH = /(^|\/)(node_modules|vendor|site-packages|dist-packages)\//;
const CDN_PREFIXES = [
  "https://unpkg.com/",
  "https://cdnjs.cloudflare.com/",
  "https://cdn.jsdelivr.net/",
  "https://esm.run/",
];
const NOISE_MODULES = ["@babel/", "core-js/", "regenerator-runtime/", "tslib/"];
const EVENT_LOOP_FUNCTIONS = new Set([
  "runMicrotasks",
  "queueMicrotask",
  "processTicksAndRejections",
  "runNextTicks",
  "nextTick",
]);

export function frameRuling(frame: GroupingFrame): FrameRuling {
  const module = frame.module ?? "";
  if (NOISE_MODULES.some((prefix) => module.startsWith(prefix)))
    return { inApp: false, grouped: false };
  if (frame.function !== undefined && EVENT_LOOP_FUNCTIONS.has(frame.function))
    return { inApp: false, grouped: false };

  if (isThirdPartyPath(frame.abs_path) || isThirdPartyPath(frame.filename))
    return { inApp: false, grouped: true };
  return { inApp: frame.in_app === true, grouped: true };
}

function isThirdPartyPath(path: string | undefined): boolean {
  if (path === undefined) return false;
  const normalized = (path.includes("\\") ? path.replace(/\\/g, "/") : path).toLowerCase();
  return (
    THIRD_PARTY_PATH.test(normalized) ||
    CDN_PREFIXES.some((prefix) => normalized.startsWith(prefix))
  );
}
