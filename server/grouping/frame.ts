import { groupsByContextLine, hasUrlOrigin, isJavaScriptFamily } from "./platform";
import { frameRuling } from "./stackRules";
import type { GroupingFrame } from "./types";

/** One stack frame's part of the grouping hash (Sentry's `frame:v1`, protocol doc §10). */
export interface FrameComponent {
  /** Contributing values in order: module or filename, function, context line. Never the line number. */
  values: string[];
  contributes: boolean;
  inApp: boolean;
}

const UNKNOWN_JS_FUNCTIONS = new Set([
  "?",
  "<anonymous function>",
  "<anonymous>",
  "Anonymous function",
]);
const LOW_QUALITY_JS_PATHS = new Set(["[native code]", "native code", "eval code", "<anonymous>"]);
const MAX_CONTEXT_LINE_CHARS = 120;

export function frameComponent(
  frame: GroupingFrame,
  eventPlatform: string | undefined,
): FrameComponent {
  const platform = frame.platform ?? eventPlatform;
  const javascript = isJavaScriptFamily(platform);
  // Relay copies `filename` into `abs_path` when only the former is sent (browser frames).
  const absPath = frame.abs_path ?? frame.filename;
  const ruling = frameRuling(frame);

  const module = moduleValue(frame.module, absPath, platform);
  const filename = module === undefined ? filenameValue(frame.filename, absPath) : undefined;
  const contextLine = contextLineValue(frame, platform, absPath);
  const fn = functionValue(frame, platform, contextLine !== undefined);

  const values = [module, filename, fn, contextLine].filter(
    (value): value is string => value !== undefined,
  );
  const ignored = !ruling.grouped || (javascript && isLowQualityJsFrame(frame, absPath));
  return {
    values: ignored ? [] : values,
    contributes: !ignored && values.length > 0,
    inApp: ruling.inApp,
  };
}

function moduleValue(
  module: string | undefined,
  absPath: string | undefined,
  platform: string | undefined,
): string | undefined {
  if (module === undefined || module === "") return undefined;
  // Old JS SDKs put the path into `module`; it then says nothing the path does not.
  if (platform === "javascript" && module.includes("/") && absPath?.endsWith(module))
    return undefined;
  if (platform === "java" && module.includes("$$Lambda$")) return undefined;
  return module;
}

function filenameValue(
  filename: string | undefined,
  absPath: string | undefined,
): string | undefined {
  if (filename === undefined || filename === "") return undefined;
  const basename = filename
    .slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1)
    .toLowerCase();
  if (basename === "" || basename === "<anonymous>" || basename === "[native code]")
    return undefined;
  // A download URL changes with every deploy or CDN; it does not identify the code.
  if (hasUrlOrigin(absPath, false)) return undefined;
  return basename;
}

function contextLineValue(
  frame: GroupingFrame,
  platform: string | undefined,
  absPath: string | undefined,
): string | undefined {
  const raw = frame.context_line;
  if (raw === undefined || !groupsByContextLine(platform)) return undefined;
  // Long lines are usually minified bundles, where one line holds the whole program. (A string
  // has at most as many code points as UTF-16 units: count them only when that could matter.)
  if (raw.length > MAX_CONTEXT_LINE_CHARS && [...raw].length > MAX_CONTEXT_LINE_CHARS)
    return undefined;
  const line = raw.trim().replace(/\s+/g, " ");
  if (line === "") return undefined;
  if (isJavaScriptFamily(platform) && !frame.function && hasUrlOrigin(absPath, true))
    return undefined;
  return line;
}

function functionValue(
  frame: GroupingFrame,
  platform: string | undefined,
  contextLineContributes: boolean,
): string | undefined {
  const name = frame.function || frame.raw_function;
  if (!name) return undefined;

  if (isJavaScriptFamily(platform)) {
    // What engines print before the last dot differs (`Object.foo` vs `foo`); the rest is stable.
    const bareName = afterLast(frame.raw_function || frame.function || "", ".");
    if (bareName === "" || UNKNOWN_JS_FUNCTIONS.has(bareName) || bareName.endsWith("/<"))
      return undefined;
    // Names recovered through source maps are unreliable; the source line is the better signal.
    if (frame.data?.sourcemap !== undefined && contextLineContributes) return undefined;
    return afterLast(name, ".");
  }
  if (platform === "ruby")
    return name.startsWith("block ") ? "block" : name.replace(/__\d{4,}_\d{4,}$/, "");
  if (platform === "java" && name.startsWith("lambda$")) return undefined;
  if (
    platform === "php" &&
    (name.startsWith("[Anonymous") || name.startsWith("class@anonymous\x00"))
  )
    return undefined;
  if ((name === "<redacted>" || name === "<unknown>") && isNativePlatform(platform))
    return undefined;
  return name;
}

/** `eval` frames and frames without a real file are noise injected by the engine or the page. */
function isLowQualityJsFrame(frame: GroupingFrame, absPath: string | undefined): boolean {
  const bareName = afterLast(frame.raw_function || frame.function || "", ".");
  return bareName === "eval" || (absPath !== undefined && LOW_QUALITY_JS_PATHS.has(absPath));
}

/** The text after the last `separator`, or all of it when there is none. */
function afterLast(text: string, separator: string): string {
  return text.slice(text.lastIndexOf(separator) + 1);
}

function isNativePlatform(platform: string | undefined): boolean {
  return (
    platform === "native" ||
    platform === "c" ||
    platform === "cocoa" ||
    platform === "objc" ||
    platform === "swift"
  );
}
