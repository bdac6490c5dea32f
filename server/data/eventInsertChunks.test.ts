import { describe, expect, it } from "vitest";
import { insertChunks } from "./eventInsertChunks";

describe("insertChunks", () => {
  it("splits a batch into few statements of fixed row counts, largest first", () => {
    expect(insertChunks(0)).toEqual([]);
    expect(insertChunks(1)).toEqual([1]);
    expect(insertChunks(176)).toEqual([128, 32, 16]);
    expect(insertChunks(300)).toEqual([128, 128, 32, 8, 4]);
  });

  it("covers every row with one of eight statement shapes", () => {
    const shapes = new Set<number>();
    for (let total = 0; total <= 1_000; total++) {
      const chunks = insertChunks(total);
      expect(chunks.reduce((sum, size) => sum + size, 0)).toBe(total);
      expect(chunks.length).toBeLessThanOrEqual(Math.floor(total / 128) + 7);
      for (const size of chunks) shapes.add(size);
    }
    expect([...shapes].sort((a, b) => a - b)).toEqual([1, 2, 4, 8, 16, 32, 64, 128]);
  });
});
