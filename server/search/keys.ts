export const LEVELS = ["fatal", "error", "warning", "info", "debug"] as const;

/** The search keys the parser understands (autocomplete shows them before the project's tags). */
export const BUILTIN_SEARCH_KEYS: ReadonlyArray<{ key: string; description: string }> = [
  {
    key: "is",
    description: "Status: unresolved, resolved, ignored, reviewed, assigned, for_review…",
  },
  { key: "assigned", description: "Assignee: me, none, my_teams, #team or an email" },
  { key: "level", description: `Level: ${LEVELS.join(", ")}` },
  { key: "release", description: "Seen in a release" },
  { key: "first-release", description: "First seen in a release" },
  { key: "environment", description: "Seen in an environment" },
  { key: "times_seen", description: "Number of events, e.g. >100" },
  { key: "users", description: "Number of affected users, e.g. >10" },
  { key: "age", description: "First seen, e.g. -24h (newer) or +7d (older)" },
  { key: "lastSeen", description: "Last seen, e.g. -1h" },
  { key: "firstSeen", description: "First seen, e.g. -7d or >2026-01-31" },
  { key: "user.email", description: "Affected user's email" },
  { key: "user.id", description: "Affected user's id" },
  { key: "has", description: "Has a tag, e.g. has:browser" },
];

/** Values the built-in keys take that do not come from the data. */
export const FIXED_SEARCH_VALUES: Readonly<Record<string, readonly string[]>> = {
  is: [
    "unresolved",
    "resolved",
    "ignored",
    "archived",
    "reviewed",
    "unreviewed",
    "assigned",
    "unassigned",
    "for_review",
  ],
  level: LEVELS,
};

/** Tags derived from every event whose keys already appear as built-ins above. */
export const TAGS_SHOWN_AS_BUILTINS = new Set(["level", "release", "environment"]);

/** `user.email` → the prefix of the `user` tag's values (`email:a@b`). */
export const USER_TAG_PREFIXES: Readonly<Record<string, string>> = {
  "user.id": "id:",
  "user.email": "email:",
  "user.username": "username:",
  "user.ip": "ip:",
};
