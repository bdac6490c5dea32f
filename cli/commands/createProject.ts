import { z } from "zod";
import { CliError, parseFlags, type Command } from "../command";
import { openDatabase } from "../database";

const flags = z.object({
  org: z.string({ error: "required" }),
  project: z.string({ error: "required" }),
  platform: z.string().optional(),
  owner: z.string().optional(),
  json: z.boolean().default(false),
});

export function parseCreateProjectArgs(argv: string[]) {
  return parseFlags(
    argv,
    {
      org: { type: "string" },
      project: { type: "string" },
      platform: { type: "string" },
      owner: { type: "string" },
      json: { type: "boolean" },
    },
    flags,
  );
}

export const createProjectCommand: Command = {
  name: "create-project",
  summary: "Create an organization and project as needed, and print the project's DSN",
  usage: "create-project --org SLUG --project SLUG [--platform P] [--owner EMAIL] [--json]",
  async run(argv, io) {
    const args = parseCreateProjectArgs(argv);
    await openDatabase();
    const { ensureOrganization } = await import("@/server/services/organizations");
    const { ensureProject } = await import("@/server/services/projects");
    const { findUserByEmail } = await import("@/server/services/users");
    let ownerUserId: string | undefined;
    if (args.owner !== undefined) {
      const owner = await findUserByEmail(args.owner);
      if (owner === null) throw new CliError(`no user with the email ${args.owner}`);
      ownerUserId = owner.id;
    }
    // Without --owner, a new organization is owned by the first superuser (see ensureOrganization).
    await ensureOrganization({ slug: args.org, ownerUserId });
    const { project, dsn } = await ensureProject({
      orgSlug: args.org,
      projectSlug: args.project,
      platform: args.platform,
    });
    if (args.json) {
      io.out(JSON.stringify({ org: args.org, project: project.slug, projectId: project.id, dsn }));
      return;
    }
    io.out(`Organization: ${args.org}`);
    io.out(`Project:      ${project.slug} (id ${project.id})`);
    io.out(`DSN:          ${dsn}`);
  },
};
