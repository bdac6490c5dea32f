import { describe, expect, it } from "vitest";
import { eventExceptions, eventStacktrace } from "./exceptions";

const cause = { type: "Error", value: "inner" };
const thrown = { type: "TypeError", value: "outer" };

describe("eventExceptions", () => {
  it("accepts {values}, a bare array and a single object, keeping order", () => {
    expect(eventExceptions({ exception: { values: [cause, thrown] } })?.values).toEqual([
      cause,
      thrown,
    ]);
    expect(eventExceptions({ exception: [cause, thrown] })?.values).toEqual([cause, thrown]);
    expect(eventExceptions({ exception: thrown })?.values).toEqual([thrown]);
    expect(
      eventExceptions({ "sentry.interfaces.Exception": { values: [thrown] } })?.values,
    ).toEqual([thrown]);
  });

  it("drops entries that are not exceptions", () => {
    expect(eventExceptions({ exception: { values: [null, 3, {}] } })).toBeUndefined();
    expect(eventExceptions({})).toBeUndefined();
  });

  it("keeps a non-string value as its JSON text", () => {
    expect(
      eventExceptions({ exception: { type: "E", value: { code: 1 } } })?.values[0]?.value,
    ).toBe('{"code":1}');
  });

  it("keeps the first and last 125 frames of a huge stack and records what was omitted", () => {
    const frames = Array.from({ length: 400 }, (_, index) => ({ function: `f${index}` }));
    const stack = eventExceptions({ exception: { type: "E", stacktrace: { frames } } })?.values[0]
      ?.stacktrace as { frames: Array<{ function: string }>; frames_omitted: number[] };
    expect(stack.frames).toHaveLength(250);
    expect(stack.frames[124]?.function).toBe("f124");
    expect(stack.frames[125]?.function).toBe("f275");
    expect(stack.frames[249]?.function).toBe("f399");
    expect(stack.frames_omitted).toEqual([125, 275]);
  });

  it("limits the depth of frame vars", () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 12; level += 1) deep = { next: deep };
    const stack = eventStacktrace({ stacktrace: { frames: [{ vars: { deep } }] } }) as {
      frames: Array<{ vars: Record<string, unknown> }>;
    };
    expect(JSON.stringify(stack.frames[0]?.vars)).toContain("[depth limit]");
  });
});
