import { z } from "zod";
import { parseFlags, type Command } from "../command";
import { openDatabase } from "../database";

const flags = z.object({
  email: z.string({ error: "required" }),
  password: z.string({ error: "required" }),
  name: z.string().optional(),
  superuser: z.boolean().default(false),
});

export function parseCreateUserArgs(argv: string[]) {
  return parseFlags(
    argv,
    {
      email: { type: "string" },
      password: { type: "string" },
      name: { type: "string" },
      superuser: { type: "boolean" },
    },
    flags,
  );
}

export const createUserCommand: Command = {
  name: "createuser",
  summary: "Create a user who signs in with e-mail and password",
  usage: "createuser --email E --password P [--name N] [--superuser]",
  async run(argv, io) {
    const args = parseCreateUserArgs(argv);
    await openDatabase();
    const { createUser } = await import("@/server/services/users");
    const user = await createUser(args);
    io.out(`Created ${user.isSuperuser ? "superuser" : "user"} ${user.email}`);
  },
};
