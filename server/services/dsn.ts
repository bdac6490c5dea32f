import { publicUrl } from "@/server/env";
import { formatDsn } from "@/server/ingest/auth";

/** The DSN SDKs are given for a project key: `http(s)://<publicKey>@<PUBLIC_URL host>/<projectId>`. */
export function projectKeyDsn(publicKey: string, projectId: number): string {
  return formatDsn({ publicKey, publicUrl: publicUrl(), projectId });
}
