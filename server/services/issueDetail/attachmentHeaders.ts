/**
 * Response headers for downloading an event attachment. The bytes come from the SDK, so they are
 * never rendered by the browser as a page: always a download, no sniffing, a sandboxing CSP, and
 * only image and plain-text types are passed on (SVG is an image that runs scripts, so it is not).
 */
const PASSED_ON = /^(image\/(png|jpeg|gif|webp|avif|bmp)|text\/plain)$/;

export function attachmentContentType(stored: string): string {
  const base = stored.split(";")[0]!.trim().toLowerCase();
  if (!PASSED_ON.test(base)) return "application/octet-stream";
  return base === "text/plain" ? "text/plain; charset=utf-8" : base;
}

/** `filename` gets an ASCII stand-in, `filename*` the exact name (RFC 6266, RFC 5987). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\/]/g, "_").trim() || "attachment";
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function attachmentHeaders(attachment: {
  name: string;
  contentType: string;
  size: number;
}): Record<string, string> {
  return {
    "Content-Type": attachmentContentType(attachment.contentType),
    "Content-Disposition": contentDisposition(attachment.name),
    "Content-Length": String(attachment.size),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
  };
}
