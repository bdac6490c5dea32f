import { parseArgs, type ParseArgsConfig } from "node:util";
import type { z } from "zod";

/** A refusal the CLI prints as one line on stderr before exiting 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<void>;
}

/** Where commands write, so tests can capture it. */
export interface CliIo {
  out(line: string): void;
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Flags through node:util's parseArgs (strict: unknown flags and stray arguments are errors),
 * then through a zod schema for required flags and value formats.
 */
export function parseFlags<T extends z.ZodType>(
  argv: string[],
  options: Options,
  schema: T,
): z.infer<T> {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag = issue?.path[0];
  if (flag === undefined) throw new CliError(issue?.message ?? "invalid arguments");
  if (issue?.code === "invalid_type" && values[String(flag)] === undefined) {
    throw new CliError(`missing required flag --${String(flag)}`);
  }
  throw new CliError(`--${String(flag)}: ${issue?.message}`);
}
