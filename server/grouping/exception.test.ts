import { describe, expect, it } from "vitest";
import { exceptionVariants } from "./exception";
import type { GroupingEvent, GroupingException, GroupingFrame } from "./types";

const appFrame = (fn: string): GroupingFrame => ({ module: "shop", function: fn, in_app: true });
const libFrame = (fn: string): GroupingFrame => ({
  module: "express",
  function: fn,
  in_app: false,
});

function event(...values: GroupingException[]): GroupingEvent {
  return { platform: "node", exception: { values } };
}

describe("exceptionVariants", () => {
  it("is absent without exceptions", () => {
    expect(exceptionVariants({ platform: "node" })).toBeUndefined();
    expect(exceptionVariants(event())).toBeUndefined();
  });

  it("groups by stack then type, leaving the value out when the stack contributes", () => {
    const variants = exceptionVariants(
      event({
        type: "TypeError",
        value: "Cannot process order 123",
        stacktrace: { frames: [libFrame("handle"), appFrame("checkout")] },
      }),
    );
    expect(variants?.app).toEqual({
      values: ["shop", "checkout", "TypeError"],
      contributes: true,
      hasStacktrace: true,
    });
    expect(variants?.system?.values).toEqual([
      "express",
      "handle",
      "shop",
      "checkout",
      "TypeError",
    ]);
  });

  it("uses the parameterized value when no stack contributes", () => {
    const variants = exceptionVariants(
      event({ type: "ValueError", value: "bad id 42 for user 7" }),
    );
    expect(variants?.app.values).toEqual(["ValueError", "bad id <int> for user <int>"]);
    expect(variants?.system).toBeUndefined();
  });

  it("leaves the type out for synthetic exceptions", () => {
    const synthetic = {
      type: "Error",
      value: "plain string thrown",
      mechanism: { synthetic: true },
      stacktrace: { frames: [appFrame("main")] },
    };
    expect(exceptionVariants(event(synthetic))?.app.values).toEqual(["shop", "main"]);
    expect(exceptionVariants(event({ ...synthetic, stacktrace: undefined }))?.app.values).toEqual([
      "plain string thrown",
    ]);
  });

  it("chains exceptions in values order", () => {
    const variants = exceptionVariants(
      event(
        { type: "Error", value: "cause", stacktrace: { frames: [appFrame("inner")] } },
        { type: "TypeError", value: "thrown", stacktrace: { frames: [appFrame("outer")] } },
      ),
    );
    expect(variants?.app.values).toEqual(["shop", "inner", "Error", "shop", "outer", "TypeError"]);
  });

  it("makes the app variant step aside when only system frames exist", () => {
    const variants = exceptionVariants(
      event({
        type: "Error",
        value: "boom",
        stacktrace: { frames: [libFrame("a"), libFrame("b")] },
      }),
    );
    expect(variants?.app).toEqual({
      values: ["Error", "boom"],
      contributes: false,
      hasStacktrace: false,
    });
    expect(variants?.system).toEqual({
      values: ["express", "a", "express", "b", "Error"],
      contributes: true,
      hasStacktrace: true,
    });
  });

  it("keeps the value of a chained exception whose own in-app stack is empty", () => {
    const variants = exceptionVariants(
      event(
        { type: "Error", value: "socket 12 closed", stacktrace: { frames: [libFrame("read")] } },
        { type: "TypeError", value: "thrown", stacktrace: { frames: [appFrame("outer")] } },
      ),
    );
    expect(variants?.app.values).toEqual([
      "Error",
      "socket <int> closed",
      "shop",
      "outer",
      "TypeError",
    ]);
    expect(variants?.app.contributes).toBe(true);
  });

  it("leaves exceptions without a stacktrace out of the system variant", () => {
    const variants = exceptionVariants(
      event(
        { type: "Wrapper", value: "x" },
        { type: "Error", value: "y", stacktrace: { frames: [libFrame("z")] } },
      ),
    );
    expect(variants?.system?.values).toEqual(["express", "z", "Error"]);
    expect(variants?.app.contributes).toBe(false);
  });
});
