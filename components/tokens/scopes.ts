export type TokenScope = "read" | "write" | "admin";

export const SCOPE_OPTIONS: { value: TokenScope; label: string; description: string }[] = [
  { value: "read", label: "Read", description: "Read projects, issues, events and releases." },
  {
    value: "write",
    label: "Write",
    description: "Also resolve and assign issues, create releases and deploys.",
  },
  {
    value: "admin",
    label: "Admin",
    description: "Also manage projects, keys, teams and members (as far as your role allows).",
  },
];
