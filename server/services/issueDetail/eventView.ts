/**
 * A stored event's payload as the issue page shows it: every interface reduced to plain strings,
 * lists and pairs, so the page renders text and never has to guess at a shape. The payload is
 * normalized at ingest (server/processing/normalize.ts), but events stored by older versions or
 * sent with odd shapes still arrive here, so nothing is assumed: a field of the wrong type is left
 * out rather than trusted.
 */

type JsonObject = Record<string, unknown>;
export type Pair = [key: string, value: string];

export interface FrameView {
  filename: string | null;
  absPath: string | null;
  module: string | null;
  function: string | null;
  package: string | null;
  lineno: number | null;
  colno: number | null;
  inApp: boolean;
  contextLine: string | null;
  preContext: string[];
  postContext: string[];
  /** Local variables, values written as JSON when they are not plain strings. */
  vars: Pair[];
}

export interface MechanismView {
  type: string | null;
  /** false = the SDK saw it crash the program (Sentry's "unhandled"); null = not said. */
  handled: boolean | null;
  synthetic: boolean;
  source: string | null;
}

export interface ExceptionView {
  type: string | null;
  value: string | null;
  module: string | null;
  mechanism: MechanismView | null;
  /** Most recent call first, as Sentry shows them (the SDK sends the crashing frame last). */
  frames: FrameView[];
}

export interface BreadcrumbView {
  /** Seconds since the epoch. */
  timestamp: number | null;
  type: string | null;
  category: string | null;
  level: string | null;
  message: string | null;
  data: Pair[];
}

export interface RequestView {
  method: string | null;
  url: string | null;
  query: Pair[];
  fragment: string | null;
  headers: Pair[];
  cookies: Pair[];
  data: string | null;
  env: Pair[];
}

export interface ContextView {
  key: string;
  type: string;
  entries: Pair[];
}

export interface SdkView {
  name: string | null;
  version: string | null;
  integrations: string[];
  packages: Pair[];
}

export interface EventView {
  message: string | null;
  /** The exception chain, the one actually thrown first (the SDK sends it last). */
  exceptions: ExceptionView[];
  /** A message event's own stack trace (`attachStacktrace`), most recent call first. */
  stacktrace: FrameView[];
  breadcrumbs: BreadcrumbView[];
  request: RequestView | null;
  user: Pair[];
  contexts: ContextView[];
  extra: Pair[];
  sdk: SdkView | null;
  fingerprint: string[];
  logger: string | null;
  serverName: string | null;
  transaction: string | null;
  dist: string | null;
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

function asString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function asNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Any JSON value as one line of text: strings as they are, the rest as JSON. */
export function displayValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined) return "";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map((item) => displayValue(item)) : [];
}

/** `{k: v}` or `[[k, v], …]` as pairs; other shapes give nothing. */
function pairs(value: unknown): Pair[] {
  if (Array.isArray(value)) {
    return value.flatMap((entry): Pair[] =>
      Array.isArray(entry) && entry.length >= 2 && typeof entry[0] === "string"
        ? [[entry[0], displayValue(entry[1])]]
        : [],
    );
  }
  const object = asObject(value);
  if (object === undefined) return [];
  return Object.entries(object).map(([key, item]) => [key, displayValue(item)]);
}

function frameView(value: unknown): FrameView | null {
  const frame = asObject(value);
  if (frame === undefined) return null;
  return {
    filename: asString(frame.filename),
    absPath: asString(frame.abs_path),
    module: asString(frame.module),
    function: asString(frame.function) ?? asString(frame.raw_function),
    package: asString(frame.package),
    lineno: asNumber(frame.lineno),
    colno: asNumber(frame.colno),
    inApp: frame.in_app === true,
    contextLine: asString(frame.context_line),
    preContext: stringList(frame.pre_context),
    postContext: stringList(frame.post_context),
    vars: pairs(frame.vars),
  };
}

function framesOf(stacktrace: unknown): FrameView[] {
  const frames = asObject(stacktrace)?.frames;
  if (!Array.isArray(frames)) return [];
  return frames
    .map(frameView)
    .filter((frame): frame is FrameView => frame !== null)
    .reverse();
}

function mechanismView(value: unknown): MechanismView | null {
  const mechanism = asObject(value);
  if (mechanism === undefined) return null;
  return {
    type: asString(mechanism.type),
    handled: typeof mechanism.handled === "boolean" ? mechanism.handled : null,
    synthetic: mechanism.synthetic === true,
    source: asString(mechanism.source),
  };
}

function exceptionViews(value: unknown): ExceptionView[] {
  const values = asObject(value)?.values;
  if (!Array.isArray(values)) return [];
  return values
    .flatMap((item): ExceptionView[] => {
      const exception = asObject(item);
      if (exception === undefined) return [];
      return [
        {
          type: asString(exception.type),
          value: asString(exception.value),
          module: asString(exception.module),
          mechanism: mechanismView(exception.mechanism),
          frames: framesOf(exception.stacktrace),
        },
      ];
    })
    .reverse();
}

/** Breadcrumb times come as float seconds or RFC 3339 strings (protocol doc §8). */
function breadcrumbTime(value: unknown): number | null {
  const seconds = asNumber(value);
  if (seconds !== null) return seconds;
  if (typeof value !== "string") return null;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed / 1000;
}

function breadcrumbViews(value: unknown): BreadcrumbView[] {
  const list = Array.isArray(value) ? value : asObject(value)?.values;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item): BreadcrumbView[] => {
    const crumb = asObject(item);
    if (crumb === undefined) return [];
    return [
      {
        timestamp: breadcrumbTime(crumb.timestamp),
        type: asString(crumb.type),
        category: asString(crumb.category),
        level: asString(crumb.level),
        message: asString(crumb.message),
        data: pairs(crumb.data),
      },
    ];
  });
}

function requestView(value: unknown): RequestView | null {
  const request = asObject(value);
  if (request === undefined) return null;
  return {
    method: asString(request.method),
    url: asString(request.url),
    query: typeof request.query_string === "string" ? [] : pairs(request.query_string),
    fragment: asString(request.fragment),
    headers: pairs(request.headers),
    cookies: pairs(request.cookies),
    data: request.data === undefined || request.data === null ? null : displayValue(request.data),
    env: pairs(request.env),
  };
}

function contextViews(value: unknown): ContextView[] {
  const contexts = asObject(value);
  if (contexts === undefined) return [];
  return Object.entries(contexts).flatMap(([key, item]): ContextView[] => {
    const context = asObject(item);
    if (context === undefined) return [];
    const { type, ...rest } = context;
    return [{ key, type: asString(type) ?? key, entries: pairs(rest) }];
  });
}

function sdkView(value: unknown): SdkView | null {
  const sdk = asObject(value);
  if (sdk === undefined) return null;
  const packages = Array.isArray(sdk.packages)
    ? sdk.packages.flatMap((item): Pair[] => {
        const entry = asObject(item);
        const name = asString(entry?.name);
        return name === null ? [] : [[name, asString(entry?.version) ?? ""]];
      })
    : [];
  return {
    name: asString(sdk.name),
    version: asString(sdk.version),
    integrations: Array.isArray(sdk.integrations)
      ? sdk.integrations.filter((item): item is string => typeof item === "string")
      : [],
    packages,
  };
}

function messageOf(data: JsonObject): string | null {
  const logentry = asObject(data.logentry);
  const formatted = asString(logentry?.formatted) ?? asString(logentry?.message);
  if (formatted !== null) return formatted;
  if (typeof data.message === "string") return data.message;
  const message = asObject(data.message);
  return asString(message?.formatted) ?? asString(message?.message);
}

export function eventView(payload: unknown): EventView {
  const data = asObject(payload) ?? {};
  return {
    message: messageOf(data),
    exceptions: exceptionViews(data.exception),
    stacktrace: framesOf(data.stacktrace),
    breadcrumbs: breadcrumbViews(data.breadcrumbs),
    request: requestView(data.request),
    user: pairs(data.user),
    contexts: contextViews(data.contexts),
    extra: pairs(data.extra),
    sdk: sdkView(data.sdk),
    fingerprint: stringList(data.fingerprint),
    logger: asString(data.logger),
    serverName: asString(data.server_name),
    transaction: asString(data.transaction),
    dist: asString(data.dist),
  };
}
