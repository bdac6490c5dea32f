import { db } from "@/server/db/client";
import { checkHealth, healthHttpStatus } from "@/server/health/check";
import { sharedRedis } from "@/server/redis";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth({ database: db, redis: sharedRedis() });
  return Response.json(report, {
    status: healthHttpStatus(report),
    headers: { "cache-control": "no-store" },
  });
}
