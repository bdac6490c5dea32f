import { describe, expect, it } from "vitest";
import { attachmentContentType, attachmentHeaders, contentDisposition } from "./attachmentHeaders";

describe("attachment download headers", () => {
  it("passes on images and plain text, and nothing a browser would run", () => {
    expect(attachmentContentType("image/png")).toBe("image/png");
    expect(attachmentContentType("Text/Plain; charset=latin1")).toBe("text/plain; charset=utf-8");
    for (const risky of ["text/html", "image/svg+xml", "application/javascript", "text/xml", ""]) {
      expect(attachmentContentType(risky)).toBe("application/octet-stream");
    }
  });

  it("always downloads, with a safe ASCII name and the exact name encoded", () => {
    expect(contentDisposition('rep"ort/ü.json')).toBe(
      `attachment; filename="rep_ort__.json"; filename*=UTF-8''rep%22ort%2F%C3%BC.json`,
    );
    expect(contentDisposition("")).toBe(`attachment; filename="attachment"; filename*=UTF-8''`);
  });

  it("forbids sniffing", () => {
    const headers = attachmentHeaders({ name: "a.html", contentType: "text/html", size: 3 });
    expect(headers).toMatchObject({
      "Content-Type": "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      "Content-Length": "3",
    });
  });
});
