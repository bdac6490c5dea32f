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
  { key: "user.username", description: "Affected user's username" },
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

/** Derived tags whose keys already appear as built-ins above. */
export const TAGS_SHOWN_AS_BUILTINS = new Set([
  "level",
  "release",
  "environment",
  "user.email",
  "user.username",
]);

/**
 * The `user.*` keys. The `user` tag holds the first of id, email, username and IP the SDK sent, as
 * `email:a@b` (server/processing/user.ts); a user named there by another field also carries
 * `user.email` / `user.username` tags of their own (server/processing/tags.ts). `ownTag` is
 * absent where the `user` tag alone answers: an id is always the user's key when present.
 */
export const USER_SEARCH_KEYS: ReadonlyMap<string, { userTagPrefix: string; ownTag?: string }> =
  new Map([
    ["user.id", { userTagPrefix: "id:" }],
    ["user.email", { userTagPrefix: "email:", ownTag: "user.email" }],
    ["user.username", { userTagPrefix: "username:", ownTag: "user.username" }],
    ["user.ip", { userTagPrefix: "ip:" }],
  ]);
