import { z } from "zod";
import { API_TOKEN_SCOPES } from "@/server/auth/apiTokenFormat";
import { CliError, parseFlags, type Command } from "../command";
import { openDatabase } from "../database";

const flags = z.object({
  email: z.string({ error: "required" }),
  scope: z.enum(API_TOKEN_SCOPES, { error: "must be read, write or admin" }).default("read"),
  org: z.string().optional(),
  name: z.string().default("CLI token"),
  json: z.boolean().default(false),
});

export function parseCreateTokenArgs(argv: string[]) {
  return parseFlags(
    argv,
    {
      email: { type: "string" },
      scope: { type: "string" },
      org: { type: "string" },
      name: { type: "string" },
      json: { type: "boolean" },
    },
    flags,
  );
}

export const createTokenCommand: Command = {
  name: "create-token",
  summary: "Create an API token for a user and print it (shown once)",
  usage: "create-token --email E [--scope read|write|admin] [--org SLUG] [--name N] [--json]",
  async run(argv, io) {
    const args = parseCreateTokenArgs(argv);
    await openDatabase();
    const { findUserByEmail } = await import("@/server/services/users");
    const { findMembership } = await import("@/server/services/organizations");
    const { createApiToken } = await import("@/server/services/tokens");

    const user = await findUserByEmail(args.email);
    if (user === null) throw new CliError(`no user with the email ${args.email}`);
    let organizationId: string | undefined;
    if (args.org !== undefined) {
      const found = await findMembership(args.org, user.id);
      if (found === null) {
        throw new CliError(`${user.email} is not a member of an organization "${args.org}"`);
      }
      organizationId = found.org.id;
    }
    const { token } = await createApiToken({
      userId: user.id,
      name: args.name,
      scope: args.scope,
      organizationId,
    });
    io.out(args.json ? JSON.stringify({ token }) : token);
  },
};
