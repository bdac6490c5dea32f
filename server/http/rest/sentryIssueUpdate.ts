import { z } from "zod";
import type {
  AssigneeRef,
  IgnoreCondition,
  IssueChange,
} from "@/server/services/issueActions/types";

/**
 * The body of Sentry's issue mutations (`PUT /api/0/projects/{org}/{project}/issues/` and
 * `PUT /api/0/issues/{id}/`). Fields we do not store (hasSeen, isBookmarked, isSubscribed,
 * isPublic) are accepted and left alone so tools that send them keep working.
 */
const count = z.number().int().min(1).max(1_000_000);
const minutes = z
  .number()
  .int()
  .min(1)
  .max(365 * 24 * 60);

export const sentryIssueUpdateBody = z.object({
  status: z.enum(["resolved", "unresolved", "ignored", "muted"]).optional(),
  statusDetails: z
    .object({
      ignoreDuration: minutes.optional(),
      ignoreCount: count.optional(),
      ignoreWindow: minutes.optional(),
      ignoreUserCount: count.optional(),
      ignoreUserWindow: minutes.optional(),
      inRelease: z.unknown().optional(),
      inNextRelease: z.unknown().optional(),
      inCommit: z.unknown().optional(),
    })
    .optional(),
  assignedTo: z.string().max(320).nullable().optional(),
  /** Sentry's "Mark Reviewed" takes an issue out of the inbox: `inbox: false`. */
  inbox: z.boolean().optional(),
  isReviewed: z.boolean().optional(),
  merge: z.union([z.literal(1), z.literal("1"), z.literal(true)]).optional(),
  hasSeen: z.boolean().optional(),
  isBookmarked: z.boolean().optional(),
  isSubscribed: z.boolean().optional(),
  isPublic: z.boolean().optional(),
});

export type SentryIssueUpdateBody = z.infer<typeof sentryIssueUpdateBody>;

/** `assignedTo` as Sentry takes it: `user:<id>`, `team:<id>`, an email, a bare user id, or empty. */
export type AssignedTo = { ref: AssigneeRef } | { email: string } | null;

export interface SentryUpdatePlan {
  merge: boolean;
  status?: Extract<IssueChange, { status: string }>;
  isReviewed?: boolean;
  /** Present when the body assigns or unassigns. */
  assignedTo?: AssignedTo;
}

export type SentryUpdateParse =
  { ok: true; plan: SentryUpdatePlan } | { ok: false; message: string };

/** The changes a Sentry update body asks for, or the one-line reason it cannot be applied. Pure. */
export function planSentryUpdate(raw: unknown): SentryUpdateParse {
  const parsed = sentryIssueUpdateBody.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return { ok: false, message: `Invalid body: ${where}${issue?.message ?? "not an object"}` };
  }
  const body = parsed.data;
  const details = body.statusDetails ?? {};
  if (
    details.inRelease !== undefined ||
    details.inNextRelease !== undefined ||
    details.inCommit !== undefined
  ) {
    return {
      ok: false,
      message: "Resolving in a release or commit is not supported; resolve without statusDetails",
    };
  }

  const plan: SentryUpdatePlan = { merge: body.merge !== undefined };
  const ignoring =
    body.status === "ignored" ||
    body.status === "muted" ||
    (body.status === undefined && hasIgnoreCondition(details));
  if (ignoring) {
    const ignore = ignoreCondition(details);
    if (!ignore.ok) return ignore;
    plan.status = { status: "ignored", ignore: ignore.condition };
  } else if (body.status === "resolved" || body.status === "unresolved") {
    plan.status = { status: body.status };
  }
  const reviewed = body.isReviewed ?? (body.inbox === undefined ? undefined : !body.inbox);
  if (reviewed !== undefined) plan.isReviewed = reviewed;
  if (body.assignedTo !== undefined) {
    const assignedTo = parseAssignedTo(body.assignedTo);
    if (assignedTo === undefined) {
      return {
        ok: false,
        message: `Invalid assignedTo "${body.assignedTo}": use user:<id>, team:<id> or an email`,
      };
    }
    plan.assignedTo = assignedTo;
  }
  if (
    plan.merge &&
    (plan.status !== undefined || plan.isReviewed !== undefined || plan.assignedTo !== undefined)
  ) {
    return { ok: false, message: "merge cannot be combined with other changes" };
  }
  return { ok: true, plan };
}

type Details = NonNullable<SentryIssueUpdateBody["statusDetails"]>;

function hasIgnoreCondition(details: Details): boolean {
  return (
    details.ignoreDuration !== undefined ||
    details.ignoreCount !== undefined ||
    details.ignoreUserCount !== undefined
  );
}

function ignoreCondition(
  details: Details,
): { ok: true; condition: IgnoreCondition } | { ok: false; message: string } {
  const given = [details.ignoreDuration, details.ignoreCount, details.ignoreUserCount].filter(
    (value) => value !== undefined,
  );
  if (given.length > 1) {
    return { ok: false, message: "Give one of ignoreDuration, ignoreCount or ignoreUserCount" };
  }
  if (details.ignoreDuration !== undefined) {
    return { ok: true, condition: { kind: "duration", minutes: details.ignoreDuration } };
  }
  if (details.ignoreCount !== undefined) {
    return {
      ok: true,
      condition: {
        kind: "count",
        count: details.ignoreCount,
        ...(details.ignoreWindow === undefined ? {} : { windowMinutes: details.ignoreWindow }),
      },
    };
  }
  if (details.ignoreUserCount !== undefined) {
    return {
      ok: true,
      condition: {
        kind: "users",
        users: details.ignoreUserCount,
        ...(details.ignoreUserWindow === undefined
          ? {}
          : { windowMinutes: details.ignoreUserWindow }),
      },
    };
  }
  return { ok: true, condition: { kind: "forever" } };
}

/** undefined: not a form Sentry accepts. */
export function parseAssignedTo(value: string | null): AssignedTo | undefined {
  if (value === null || value.trim() === "") return null;
  const text = value.trim();
  const actor = /^(user|team):(.+)$/.exec(text);
  if (actor !== null) {
    const [, type, id = ""] = actor;
    return { ref: { type: type === "team" ? "team" : "user", id } };
  }
  if (text.includes("@")) return { email: text };
  if (/^[A-Za-z0-9_-]{1,64}$/.test(text)) return { ref: { type: "user", id: text } };
  return undefined;
}
