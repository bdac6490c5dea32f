import { CliError, type CliIo, type Command } from "./command";
import { createProjectCommand } from "./commands/createProject";
import { createTokenCommand } from "./commands/createToken";
import { createUserCommand } from "./commands/createUser";
import { migrateCommand } from "./commands/migrate";
import { closeDatabase } from "./database";

const COMMANDS: Command[] = [
  createUserCommand,
  createProjectCommand,
  createTokenCommand,
  migrateCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "Usage: npm run faultline -- <command> [flags]",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run `npm run faultline -- <command> --help` for a command's flags.",
  ].join("\n");
}

/** Runs one CLI invocation and returns its exit code; errors become one line on stderr. */
export async function main(
  argv: string[],
  io: CliIo = { out: (line) => console.log(line) },
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? console.error : console.log)(usage());
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    console.error(
      `error: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(", ")}`,
    );
    return 1;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(`Usage: npm run faultline -- ${command.usage}\n\n${command.summary}.`);
    return 0;
  }
  try {
    await command.run(rest, io);
    return 0;
  } catch (error) {
    console.error(`error: ${describe(error)}`);
    return 1;
  } finally {
    await closeDatabase();
  }
}

function describe(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof Error && error.name === "ServiceError") return error.message;
  if (error instanceof Error) return error.message.split("\n")[0] ?? error.name;
  return String(error);
}
