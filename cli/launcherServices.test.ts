import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyLauncherServices } from "./launcherServices";

function dataDirWith(contents: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "faultline-cli-"));
  writeFileSync(path.join(dir, "services.json"), contents);
  return dir;
}

const recorded = JSON.stringify({
  DATABASE_URL: "postgresql://postgres@127.0.0.1:5433/faultline",
  REDIS_URL: "redis://127.0.0.1:6379",
  AUTH_SECRET: "s".repeat(64),
  PUBLIC_URL: "http://localhost:3000",
});

describe("applyLauncherServices", () => {
  it("fills in the embedded PostgreSQL the launcher recorded", () => {
    const environment: Record<string, string | undefined> = { DATA_DIR: dataDirWith(recorded) };
    applyLauncherServices(environment);
    expect(environment.DATABASE_URL).toBe("postgresql://postgres@127.0.0.1:5433/faultline");
    expect(environment.AUTH_SECRET).toBe("s".repeat(64));
  });

  it("never overrides a DATABASE_URL the caller set", () => {
    const environment: Record<string, string | undefined> = {
      DATA_DIR: dataDirWith(recorded),
      DATABASE_URL: "postgresql://elsewhere/db",
    };
    applyLauncherServices(environment);
    expect(environment.DATABASE_URL).toBe("postgresql://elsewhere/db");
    expect(environment.AUTH_SECRET).toBeUndefined();
  });

  it("keeps other variables the caller set", () => {
    const environment: Record<string, string | undefined> = {
      DATA_DIR: dataDirWith(recorded),
      PUBLIC_URL: "https://errors.example.com",
    };
    applyLauncherServices(environment);
    expect(environment.PUBLIC_URL).toBe("https://errors.example.com");
  });

  it("leaves the environment alone when Faultline never started here", () => {
    const environment: Record<string, string | undefined> = {
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "x-")),
    };
    applyLauncherServices(environment);
    expect(environment.DATABASE_URL).toBeUndefined();
  });

  it("ignores a damaged file", () => {
    const environment: Record<string, string | undefined> = { DATA_DIR: dataDirWith("{not json") };
    applyLauncherServices(environment);
    expect(environment.DATABASE_URL).toBeUndefined();
  });
});
