/**
 * Test-only: seeded, varied SDK event payloads for the prepare-path golden test. Each payload
 * mixes the shapes the SDKs really send (protocol doc §8) with the awkward cases normalize,
 * scrub and grouping must survive: legacy aliases, wrong types, sensitive keys and values,
 * long, deep and unstorable strings, many frames, recursion, fingerprint variables.
 */

export type Random = () => number;

/** mulberry32: small, fast and the same sequence on every machine. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

function several<T>(random: Random, max: number, make: (index: number) => T): T[] {
  return Array.from({ length: Math.floor(random() * (max + 1)) }, (_, index) => make(index));
}

const PLATFORMS = [
  "node",
  "javascript",
  "python",
  "java",
  "ruby",
  "php",
  "cocoa",
  "native",
  "csharp",
  "go",
  "NODE ",
  "",
  42,
];
const LEVELS = [
  "error",
  "warning",
  "warn",
  "info",
  "FATAL",
  "critical",
  40,
  20,
  "bogus",
  undefined,
];

const TEXTS = [
  "Order 123 failed",
  "Order %s failed for %s",
  "{0} items left in cart {1}",
  "Cannot read properties of undefined (reading 'id')",
  "connect ECONNREFUSED 10.0.0.5:5432",
  "user jane@example.com not found on api.example.com",
  "request 550e8400-e29b-41d4-a716-446655440000 took 1532ms",
  "hash deadbeefcafe1234 at 0x7ffee4b2 since 2026-11-22T12:00:00Z",
  "paid with card 4111 1111 1111 1111 yesterday",
  "GET https://shop.example.com/cart?session=abc123&page=2#top",
  "/api/login?token=s3cr3t&next=/home",
  "user=jane&password=hunter2&remember=1",
  "multi\nline\r\nmessage with value=42",
  "nul\u0000char and lone \uD800 surrogate",
  "ip 2001:db8::1 and fe80::1%eth0 and ::ffff:10.1.2.3 and Foo::bar()",
  "  padded   text  ",
  "commit 1a2b3c4 by key='abc' enabled=true",
  // Fewer code points than UTF-16 units: limits count code points.
  `${"😀".repeat(50)} ${"y".repeat(45)}`,
  `${"é".repeat(98)}😀😀😀`,
  "4111-1111-1111-1112 is not a card, 5500 0000 0000 0004 is",
  "",
];

const KEYS = [
  "id",
  "password",
  "api_key",
  "X-Api-Key",
  "sessionId",
  "user_token",
  "orderId",
  "note",
  "Cookie",
  "creditCard",
  "csrf",
  "path",
  "nested",
  "count",
  "cvv",
  "passwd",
  "mysql_pwd",
  "Private-Key",
  "X-CSRF-Token",
  "xsrf",
  "card_number",
  "cc-number",
  "credentials",
  "authorization",
  "secretary",
  "No te",
  "key\u0000",
];

function text(random: Random): string {
  const base = pick(random, TEXTS);
  if (chance(random, 0.03)) return base + "x".repeat(17_000);
  return chance(random, 0.3) ? `${base} #${Math.floor(random() * 100_000)}` : base;
}

function scalar(random: Random): unknown {
  return pick(random, [
    () => text(random),
    () => Math.floor(random() * 1e6),
    () => random() * 100,
    () => chance(random, 0.5),
    () => null,
  ])();
}

/** A free-form bag (extra, contexts, vars, breadcrumb data), sometimes deeper than the bag limit. */
function bag(random: Random, depth = 0): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of several(random, 4, () => pick(random, KEYS))) {
    result[key] =
      depth < 11 && chance(random, 0.25)
        ? chance(random, 0.5)
          ? bag(random, depth + 1)
          : several(random, 3, () =>
              chance(random, 0.3) ? bag(random, depth + 1) : scalar(random),
            )
        : scalar(random);
  }
  return result;
}

const FUNCTIONS = [
  "handleOrder",
  "Object.loadCart",
  "process.processTicksAndRejections",
  "<anonymous>",
  "?",
  "eval",
  "lambda$0",
  "block in call",
  "render__1234_5678",
  "[Anonymous class]",
  "<redacted>",
  "Layer.handle [as handle_request]",
  "",
  undefined,
];
const PATHS = [
  "/srv/app/src/orders.js",
  "/srv/app/node_modules/express/lib/router.js",
  "https://cdn.jsdelivr.net/npm/lib.js",
  "https://shop.example.com/static/app.min.js",
  "app:///main.js",
  "C:\\app\\vendor\\lib.php",
  "node:internal/process/task_queues",
  "[native code]",
  "<anonymous>",
  "file:///srv/app/index.html",
  undefined,
];
const MODULES = [
  "orders.service",
  "@babel/runtime/helpers",
  "core-js/modules/es.promise",
  "com.example.Foo$$Lambda$12",
  "srv/app/src/orders.js",
  undefined,
];

function frame(random: Random): Record<string, unknown> {
  const result: Record<string, unknown> = {
    filename: pick(random, PATHS),
    function: pick(random, FUNCTIONS),
    module: pick(random, MODULES),
    lineno: chance(random, 0.9) ? Math.floor(random() * 500) : "12",
    colno: Math.floor(random() * 80),
    in_app: pick(random, [true, false, undefined, "yes"]),
  };
  if (chance(random, 0.4)) result.abs_path = pick(random, PATHS);
  if (chance(random, 0.5))
    result.context_line = pick(random, [
      "  return order.total;",
      "x".repeat(130),
      "x".repeat(120),
      "x".repeat(121),
      `${"x".repeat(119)}😀`,
      `  ${"x".repeat(119)}`,
      "\tthrow   new Error(msg)",
      "",
    ]);
  if (chance(random, 0.2)) result.pre_context = ["const a = 1;", "const b = 2;"];
  if (chance(random, 0.2)) result.vars = bag(random);
  if (chance(random, 0.1)) result.data = { sourcemap: "https://shop.example.com/app.js.map" };
  if (chance(random, 0.1)) result.platform = pick(random, PLATFORMS);
  if (chance(random, 0.1)) result.raw_function = "Module.rawFn";
  if (chance(random, 0.05)) result.package = "/usr/lib/libfoo.dylib";
  return result;
}

function stacktrace(random: Random): Record<string, unknown> {
  const count = chance(random, 0.03) ? 260 + Math.floor(random() * 40) : Math.floor(random() * 12);
  const frames: unknown[] = [];
  for (let index = 0; index < count; index += 1) {
    const repeat = frames.length > 0 && chance(random, 0.1);
    frames.push(
      repeat ? frames[frames.length - 1] : chance(random, 0.03) ? "not a frame" : frame(random),
    );
  }
  return chance(random, 0.1) ? { frames, registers: { rip: "0x1" } } : { frames };
}

function exception(random: Random): unknown {
  if (chance(random, 0.05)) return "not an exception";
  const result: Record<string, unknown> = {};
  if (chance(random, 0.85))
    result.type = pick(random, [
      "TypeError",
      "Error",
      "ValueError",
      "java.lang.NullPointerException",
      "",
    ]);
  if (chance(random, 0.85))
    result.value = chance(random, 0.1) ? { code: "E_TIMEOUT" } : text(random);
  if (chance(random, 0.7)) result.stacktrace = stacktrace(random);
  if (chance(random, 0.6))
    result.mechanism = {
      type: pick(random, ["generic", "onerror", "onunhandledrejection"]),
      handled: pick(random, [true, false, undefined]),
      synthetic: chance(random, 0.15) ? true : undefined,
    };
  if (chance(random, 0.1)) result.module = "builtins";
  return result;
}

function exceptions(random: Random): unknown {
  const values = several(random, 3, () => exception(random));
  return pick(random, [() => ({ values }), () => values, () => values[0]])();
}

function logentry(random: Random): unknown {
  const template = pick(random, [
    "Order %s failed for %s",
    "{0} items left in cart {1}",
    "{} of {}",
    "100%% done, %d left",
    "plain template",
  ]);
  const params = several(random, 3, () => scalar(random));
  return pick(random, [
    () => ({ message: template, params }),
    () => ({ message: template, params, formatted: text(random) }),
    () => ({ formatted: text(random) }),
    () => ({ message: template }),
  ])();
}

const USER_AGENTS = [
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
  "curl/8.4.0",
];

function request(random: Random): unknown {
  const headerEntries: Array<[string, unknown]> = [
    ["User-Agent", pick(random, USER_AGENTS)],
    ["Authorization", "Bearer abc.def"],
    ["X-Session-Id", "abc"],
    ["Accept", "text/html"],
    ["X-Count", 3],
  ].filter(() => chance(random, 0.6)) as Array<[string, unknown]>;
  return {
    method: pick(random, ["get", "POST", 12, undefined]),
    url: pick(random, [
      "https://shop.example.com/checkout?token=abc&page=2#step",
      "https://shop.example.com/orders/42",
      "/relative?x=1",
      undefined,
    ]),
    headers: chance(random, 0.5) ? Object.fromEntries(headerEntries) : headerEntries,
    cookies: pick(random, [
      "session=abc; theme=dark",
      { session: "abc" },
      [["csrftoken", "x"]],
      undefined,
    ]),
    query_string: pick(random, ["a=1&password=2", { q: ["x", "y"], api_key: "k" }, undefined]),
    data: pick(random, [() => "user=jane&password=hunter2", () => bag(random), () => undefined])(),
    env: chance(random, 0.3) ? { REMOTE_ADDR: "10.0.0.1", SECRET_KEY: "x" } : undefined,
  };
}

function breadcrumbs(random: Random): unknown {
  const values = several(random, chance(random, 0.05) ? 130 : 8, (index) => ({
    timestamp: pick(random, [
      1_790_000_000 + index,
      "2026-11-22T12:00:00.5Z",
      "2026-11-22 12:00:00",
      "garbage",
    ]),
    category: pick(random, ["http", "console", "navigation"]),
    level: pick(random, LEVELS),
    message: text(random),
    data: chance(random, 0.4) ? bag(random) : undefined,
  }));
  return chance(random, 0.5) ? { values } : values;
}

function tags(random: Random): unknown {
  const entries: Array<[unknown, unknown]> = several(random, 5, () => [
    pick(random, ["region", "api_token", "tier", "level", "url", "", "long"]),
    pick(random, ["eu-west", 42, true, "a\nb", "y".repeat(210), "s3cr3t", null]),
  ]);
  return chance(random, 0.5)
    ? entries
    : Object.fromEntries(entries.map(([key, value]) => [String(key), value]));
}

const FINGERPRINTS = [
  ["{{ default }}"],
  ["{{ default }}", "payment-gateway"],
  ["{{message}}"],
  ["{{ type }}", "{{ function }}", "{{ tags.region }}", "{{ level }}"],
  ["{{ stack.filename }}", "{{ module }}", "{{ package }}", "{{ transaction }}", "{{ unknown }}"],
  ["custom", 1, true, null],
];

/** How often an optional field is present; a checksum or fingerprint would hide the default grouping. */
const PRESENCE: Record<string, number> = { exception: 0.7, checksum: 0.04, fingerprint: 0.15 };

/** The next varied payload of the sequence, as JSON carries it (no `undefined` left). */
export function variedPayload(random: Random): Record<string, unknown> {
  const event: Record<string, unknown> = {
    platform: pick(random, PLATFORMS),
    level: pick(random, LEVELS),
    timestamp: pick(random, [
      1_790_000_000.25,
      "2026-11-22T12:09:00Z",
      "2026-11-22T12:09:00",
      "2099-01-01T00:00:00Z",
      "soon",
      undefined,
    ]),
  };
  const optional: Record<string, () => unknown> = {
    release: () => pick(random, ["shop@1.4.2", "latest", "a\nb", "r".repeat(201), 7]),
    environment: () => pick(random, ["production", "staging", "a/b", "", 3]),
    dist: () => "42",
    logger: () => "orders",
    server_name: () => "web-1\nweb",
    transaction: () => pick(random, ["/checkout", "GET /orders/:id"]),
    culprit: () => "legacy culprit",
    checksum: () => pick(random, ["0123456789abcdef0123456789abcdef", "not-hex"]),
    fingerprint: () => pick(random, FINGERPRINTS),
    message: () => (chance(random, 0.5) ? text(random) : logentry(random)),
    logentry: () => logentry(random),
    exception: () => exceptions(random),
    "sentry.interfaces.Exception": () => exceptions(random),
    threads: () => ({
      values: several(random, 2, () => ({ id: 1, stacktrace: stacktrace(random) })),
    }),
    stacktrace: () => stacktrace(random),
    breadcrumbs: () => breadcrumbs(random),
    tags: () => tags(random),
    user: () => ({
      id: pick(random, ["u-42", 42, ""]),
      email: "jane@example.com",
      ip_address: pick(random, ["{{auto}}", "10.1.2.3"]),
      data: bag(random),
      password: "x",
    }),
    request: () => request(random),
    contexts: () => ({
      os: { name: "Linux", version: "6.1" },
      runtime: { name: "node", version: "v20" },
      app: bag(random),
      broken: "not an object",
      secretStuff: { token: "t" },
    }),
    extra: () => bag(random),
    modules: () => ({ express: "4.18.2", broken: 3 }),
    sdk: () => ({ name: "sentry.javascript.node", version: "11.12.0" }),
    unknown_field: () => "dropped",
  };
  for (const [key, make] of Object.entries(optional)) {
    if (chance(random, PRESENCE[key] ?? 0.3)) event[key] = make();
  }
  return JSON.parse(JSON.stringify(event)) as Record<string, unknown>;
}
