import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dataPaths, readOrCreateSecret, readPortFile, writePortFile } from "./dataDir";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "faultline-data-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("data folder", () => {
  it("keeps everything under one absolute root", () => {
    const paths = dataPaths(".data");
    expect(path.isAbsolute(paths.root)).toBe(true);
    for (const file of Object.values(paths)) expect(file.startsWith(paths.root)).toBe(true);
  });

  it("stores a port so a restart reuses it", () => {
    const file = dataPaths(root).postgresPort;
    expect(readPortFile(file)).toBeNull();
    writePortFile(file, 5434);
    expect(readPortFile(file)).toBe(5434);
  });

  it("ignores a corrupt port file", () => {
    const file = dataPaths(root).postgresPort;
    writeFileSync(file, "garbage");
    expect(readPortFile(file)).toBeNull();
  });

  it("creates a secret once, owner-readable only, and returns the same one afterwards", () => {
    const file = dataPaths(root).authSecret;
    const first = readOrCreateSecret(file);
    const second = readOrCreateSecret(file);

    expect(first.created).toBe(true);
    expect(first.value).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toEqual({ value: first.value, created: false });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
