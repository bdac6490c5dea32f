import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInputsHash, isBuildCurrent, isBuildInput } from "./build";

describe("isBuildInput", () => {
  it("covers what Next compiles", () => {
    for (const file of [
      "app/page.tsx",
      "components/ui/Button.tsx",
      "server/api/root.ts",
      "next.config.js",
      "package-lock.json",
      "prisma/schema.prisma",
    ]) {
      expect(isBuildInput(file), file).toBe(true);
    }
  });

  it("skips what does not change the build", () => {
    for (const file of [
      "node_modules/next/index.js",
      ".next/BUILD_ID",
      ".data/auth-secret",
      "tests/a.test.ts",
      "server/http/router.test.ts",
      "server/db/generated/client.ts",
      "workers/index.ts",
      "scripts/launch.ts",
      "README.md",
      "next-env.d.ts",
    ]) {
      expect(isBuildInput(file), file).toBe(false);
    }
  });
});

describe("buildInputsHash", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "faultline-build-"));
    mkdirSync(path.join(root, "app"));
    writeFileSync(path.join(root, "app", "page.tsx"), "export default 1;");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("changes with a source file and with NEXT_PUBLIC_ variables only", () => {
    const before = buildInputsHash(root, {});
    expect(buildInputsHash(root, { UNRELATED: "x" })).toBe(before);
    expect(buildInputsHash(root, { NEXT_PUBLIC_FLAG: "1" })).not.toBe(before);

    mkdirSync(path.join(root, "tests"));
    writeFileSync(path.join(root, "tests", "x.test.ts"), "test");
    expect(buildInputsHash(root, {})).toBe(before);

    writeFileSync(path.join(root, "app", "page.tsx"), "export default 2;");
    expect(buildInputsHash(root, {})).not.toBe(before);
  });

  it("counts a build as current only with a matching hash and a .next/BUILD_ID", () => {
    const hash = buildInputsHash(root, {});
    expect(isBuildCurrent(root, hash, hash)).toBe(false);
    mkdirSync(path.join(root, ".next"));
    writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
    expect(isBuildCurrent(root, `${hash}\n`, hash)).toBe(true);
    expect(isBuildCurrent(root, "other", hash)).toBe(false);
    expect(isBuildCurrent(root, null, hash)).toBe(false);
  });
});
