import { describe, expect, it } from "vitest";
import { frameComponent } from "./frame";
import { stacktraceComponents } from "./stacktrace";
import type { GroupingFrame } from "./types";

const values = (frame: GroupingFrame, platform = "node") => frameComponent(frame, platform).values;

describe("frameComponent", () => {
  it("uses module instead of filename when there is one", () => {
    expect(
      values({ module: "probe-node", filename: "/srv/checkout/probe-node.js", function: "level1" }),
    ).toEqual(["probe-node", "level1"]);
  });

  it("falls back to the lowercased basename of the filename", () => {
    expect(values({ filename: "C:\\App\\Src\\Checkout.PY", function: "pay" }, "python")).toEqual([
      "checkout.py",
      "pay",
    ]);
    expect(values({ filename: "/srv/app/Orders.rb", function: "pay" }, "ruby")).toEqual([
      "orders.rb",
      "pay",
    ]);
  });

  it("ignores JS path-like modules that merely repeat abs_path", () => {
    const frame = {
      module: "static/app",
      abs_path: "webpack:///static/app",
      filename: "app.js",
      function: "f",
    };
    expect(values(frame, "javascript")).toEqual(["app.js", "f"]);
    expect(values(frame, "node")).toEqual(["static/app", "f"]);
  });

  it("never uses line or column numbers", () => {
    const a = frameComponent({ module: "m", function: "f", lineno: 10, colno: 2 }, "node");
    const b = frameComponent({ module: "m", function: "f", lineno: 99, colno: 7 }, "node");
    expect(a).toEqual(b);
  });

  it("drops filenames that are URLs, anonymous or native code", () => {
    expect(
      values({ filename: "http://localhost:9377/page/app.js", function: "onPay" }, "javascript"),
    ).toEqual(["onPay"]);
    expect(
      values(
        { abs_path: "https://cdn.example.com/app.min.js", filename: "/app.min.js", function: "x" },
        "javascript",
      ),
    ).toEqual(["x"]);
    expect(values({ filename: "[native code]", function: "forEach" }, "python")).toEqual([
      "forEach",
    ]);
    expect(values({ filename: "/a/<anonymous>", function: "go" }, "python")).toEqual(["go"]);
    expect(
      values({ filename: "/srv/a.js", abs_path: "file:///srv/a.js", function: "x" }, "javascript"),
    ).toEqual(["a.js", "x"]);
  });

  it("trims JS function names to the part after the last dot", () => {
    expect(values({ module: "m", function: "Object.foo" })).toEqual(["m", "foo"]);
    expect(values({ module: "m", function: "window.handled" }, "javascript")).toEqual([
      "m",
      "handled",
    ]);
    expect(values({ module: "m", function: "Object.foo" }, "python")).toEqual(["m", "Object.foo"]);
  });

  it.each([
    "?",
    "Object.?",
    "<anonymous>",
    "UtilityScript.<anonymous>",
    "<anonymous function>",
    "Anonymous function",
    "foo/<",
  ])("ignores the unknown JS function name %s", (name) => {
    expect(values({ module: "m", function: name })).toEqual(["m"]);
  });

  it("ignores whole JS frames for eval and engine-made paths", () => {
    expect(
      frameComponent({ filename: "http://x/app.js", function: "eval" }, "javascript"),
    ).toMatchObject({ values: [], contributes: false });
    for (const path of ["<anonymous>", "[native code]", "native code", "eval code"]) {
      expect(frameComponent({ abs_path: path, function: "render" }, "javascript").contributes).toBe(
        false,
      );
    }
    expect(
      frameComponent({ filename: "<anonymous>", function: "renderWidget" }, "javascript")
        .contributes,
    ).toBe(false);
  });

  it("collapses whitespace in context lines", () => {
    expect(
      values({ module: "m", function: "f", context_line: "   try {\tlevel1(123);   }  " }),
    ).toEqual(["m", "f", "try { level1(123); }"]);
  });

  it("drops context lines over 120 characters, counting the raw line", () => {
    const at120 = `x${" ".repeat(118)}y`;
    expect(values({ module: "m", context_line: at120 })).toEqual(["m", "x y"]);
    expect(values({ module: "m", context_line: `${at120}z` })).toEqual(["m"]);
  });

  it("uses context lines only for platforms with trustworthy source", () => {
    expect(values({ module: "m", context_line: "x()" }, "java")).toEqual(["m"]);
    expect(values({ module: "m", context_line: "x()" }, "php")).toEqual(["m", "x()"]);
  });

  it("drops a JS context line from a URL when the function is unknown", () => {
    expect(values({ abs_path: "https://x/app.js", context_line: "boom()" }, "javascript")).toEqual(
      [],
    );
    expect(
      values({ abs_path: "https://x/app.js", function: "f", context_line: "boom()" }, "javascript"),
    ).toEqual(["f", "boom()"]);
  });

  it("drops the function name when a source map was used and a context line is available", () => {
    const frame = {
      filename: "src/cart.ts",
      function: "computeTotal",
      context_line: "return a.items;",
      data: { sourcemap: "app.js.map" },
    };
    expect(values(frame, "javascript")).toEqual(["cart.ts", "return a.items;"]);
  });

  it("treats node_modules as not in app and event-loop internals as noise", () => {
    expect(
      frameComponent(
        { filename: "/srv/node_modules/x/index.js", function: "f", in_app: true },
        "node",
      ),
    ).toMatchObject({ inApp: false, contributes: true });
    expect(
      frameComponent({ module: "m", function: "processTicksAndRejections", in_app: true }, "node"),
    ).toMatchObject({ inApp: false, contributes: false });
    expect(
      frameComponent({ module: "tslib/tslib", function: "__awaiter" }, "node").contributes,
    ).toBe(false);
  });

  it("applies per-platform function cleanups", () => {
    expect(values({ module: "m", function: "block in process" }, "ruby")).toEqual(["m", "block"]);
    expect(
      values({ module: "m", function: "_app_views_show_html_erb__1234_5678" }, "ruby"),
    ).toEqual(["m", "_app_views_show_html_erb"]);
    expect(values({ module: "com.x.Y", function: "lambda$run$0" }, "java")).toEqual(["com.x.Y"]);
    expect(values({ filename: "a.c", function: "<unknown>" }, "native")).toEqual(["a.c"]);
  });
});

describe("stacktraceComponents", () => {
  const inApp = (fn: string): GroupingFrame => ({ module: "app", function: fn, in_app: true });
  const system = (fn: string): GroupingFrame => ({ module: "lib", function: fn, in_app: false });

  it("keeps in-app frames in the app variant and every frame in the system variant", () => {
    const stacks = stacktraceComponents({ frames: [system("boot"), inApp("handler")] }, "node");
    expect(stacks.app).toEqual({ values: ["app", "handler"], contributes: true });
    expect(stacks.system).toEqual({ values: ["lib", "boot", "app", "handler"], contributes: true });
  });

  it("does not let the app variant contribute without in-app frames", () => {
    const stacks = stacktraceComponents({ frames: [system("boot"), system("run")] }, "node");
    expect(stacks.app.contributes).toBe(false);
    expect(stacks.system.contributes).toBe(true);
  });

  it("ignores direct recursion", () => {
    const frame = { ...inApp("walk"), lineno: 3, colno: 1 };
    const stacks = stacktraceComponents({ frames: [inApp("main"), frame, frame, frame] }, "node");
    expect(stacks.app.values).toEqual(["app", "main", "app", "walk"]);
    const differentLine = stacktraceComponents(
      { frames: [frame, { ...frame, lineno: 4 }] },
      "node",
    );
    expect(differentLine.app.values).toEqual(["app", "walk", "app", "walk"]);
  });

  it("ignores a lone nameless JS frame pointing at a URL", () => {
    const stacks = stacktraceComponents(
      { frames: [{ abs_path: "https://x/app.js", context_line: "a()", in_app: true }] },
      "javascript",
    );
    expect(stacks.system.contributes).toBe(false);
    expect(
      stacktraceComponents(
        { frames: [{ abs_path: "https://x/app.js", function: "go", in_app: true }] },
        "javascript",
      ).app.values,
    ).toEqual(["go"]);
  });

  it("contributes nothing for an empty stack", () => {
    expect(stacktraceComponents({ frames: [] }, "node")).toEqual({
      app: { values: [], contributes: false },
      system: { values: [], contributes: false },
    });
  });
});
