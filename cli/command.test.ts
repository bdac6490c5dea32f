import { describe, expect, it } from "vitest";
import { CliError } from "./command";
import { parseCreateProjectArgs } from "./commands/createProject";
import { parseCreateTokenArgs } from "./commands/createToken";
import { parseCreateUserArgs } from "./commands/createUser";

describe("CLI flags", () => {
  it("parses createuser", () => {
    expect(parseCreateUserArgs(["--email", "a@b.co", "--password", "pw", "--superuser"])).toEqual({
      email: "a@b.co",
      password: "pw",
      superuser: true,
    });
    expect(parseCreateUserArgs(["--email", "a@b.co", "--password", "pw"]).superuser).toBe(false);
  });

  it("parses create-project and create-token with their defaults", () => {
    expect(parseCreateProjectArgs(["--org", "acme", "--project", "web", "--json"])).toEqual({
      org: "acme",
      project: "web",
      json: true,
    });
    expect(parseCreateTokenArgs(["--email", "a@b.co"])).toEqual({
      email: "a@b.co",
      scope: "read",
      name: "CLI token",
      json: false,
    });
  });

  it.each([
    [() => parseCreateUserArgs(["--email", "a@b.co"]), "missing required flag --password"],
    [
      () => parseCreateTokenArgs(["--email", "a@b.co", "--scope", "root"]),
      "--scope: must be read, write or admin",
    ],
    [
      () => parseCreateProjectArgs(["--org", "acme", "--project", "web", "stray"]),
      "Unexpected argument 'stray'",
    ],
    [() => parseCreateProjectArgs(["--org"]), "argument missing"],
  ])("refuses bad flags with a CliError (%#)", (parse, message) => {
    expect(parse).toThrow(CliError);
    expect(parse).toThrow(message);
  });
});
