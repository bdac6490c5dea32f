import { describe, expect, it } from "vitest";
import { hashFromValues } from "./hash";
import { messageComponent } from "./message";

describe("messageComponent", () => {
  it("parameterizes a plain message", () => {
    const component = messageComponent({ message: "Order 123 failed" });
    expect(component).toEqual({ values: ["Order <int> failed"], contributes: true });
    expect(hashFromValues(component.values)).toBe("f59eca5a4fb95dc51236a46fc4755ae7");
  });

  it("prefers the logentry template over the formatted text", () => {
    expect(
      messageComponent({
        logentry: { message: "Order %s failed for %s", formatted: "Order 123 failed for jane" },
      }).values,
    ).toEqual(["Order %s failed for %s"]);
    expect(
      messageComponent({ logentry: { formatted: "Order 9 failed" }, message: "ignored" }).values,
    ).toEqual(["Order <int> failed"]);
  });

  it("keeps two lines and marks the cut", () => {
    expect(messageComponent({ message: "Query failed\nSELECT 1\nFROM t" }).values).toEqual([
      "Query failed\nSELECT <int>...",
    ]);
  });

  it("contributes nothing without a message", () => {
    expect(messageComponent({})).toEqual({ values: [], contributes: false });
    expect(messageComponent({ message: "" }).contributes).toBe(false);
  });
});
