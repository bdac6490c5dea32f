import { db } from "@/server/db/client";
import { newKeyData } from "@/server/services/projectKeys";
import { resetTestDatabase } from "@/tests/setup/database";
import { BENCH_DATABASE_NAME } from "./benchEnv";

export interface BenchProject {
  projectId: number;
  publicKey: string;
}

/** Drops, recreates and migrates `faultline_bench`, then adds one organization, project and key. */
export async function freshBenchProject(): Promise<BenchProject> {
  await resetTestDatabase();
  const organization = await db.organization.create({
    data: { id: crypto.randomUUID(), name: "Bench", slug: "bench" },
  });
  const project = await db.project.create({
    data: {
      organizationId: organization.id,
      name: "Bench",
      slug: "bench",
      shortIdPrefix: "BENCH",
      allowedOrigins: ["*"],
    },
  });
  const key = await db.projectKey.create({ data: newKeyData(project.id) });
  return { projectId: project.id, publicKey: key.publicKey };
}

export { BENCH_DATABASE_NAME };
