/**
 * Where to go after signing in. Only same-site paths are honoured: `next=//evil.example` or a full
 * URL would turn the sign-in page into an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
