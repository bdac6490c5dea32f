import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface Received {
  from: string;
  to: string[];
  body: string;
}

const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  onData(stream, session, done) {
    let body = "";
    stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    stream.on("end", () => {
      received.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        body,
      });
      done();
    });
  },
});

let mail: typeof import("@/server/services/mail");

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  // server/env.ts reads the environment once, when first imported by this test file.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.EMAIL_FROM = "Faultline <faultline@errors.example.test>";
  mail = await import("@/server/services/mail");
});

afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe("invitation mail over SMTP_URL", () => {
  it("delivers the invitation link to the invited address", async () => {
    const result = await mail.sendInvitationMail({
      invitationId: "inv_123",
      email: "grace@example.test",
      organizationName: "Acme",
      inviterName: "Ada",
    });

    expect(result).toEqual({ delivered: true });
    const message = received.at(-1);
    expect(message?.to).toEqual(["grace@example.test"]);
    expect(message?.from).toBe("faultline@errors.example.test");
    expect(message?.body).toContain("Subject: Ada invited you to Acme on Faultline");
    expect(message?.body).toContain("http://localhost:3000/invite/inv_123");
  });

  it("reports, without throwing, a server that refuses the message", async () => {
    const result = await mail.sendMail({ to: "not an address", subject: "x", text: "y" });
    expect(result.delivered).toBe(false);
  });
});
