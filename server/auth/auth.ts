import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { db } from "@/server/db/client";
import { env, publicUrl } from "@/server/env";
import { INVITATION_TTL_SECONDS, hasPendingInvitation } from "@/server/services/invitations";
import { sendInvitationMail } from "@/server/services/mail";
import { needsSetup } from "@/server/services/setup";
import { isOrganizationEndpointAllowed } from "./organizationEndpoints";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";

function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  // A guessable default would let anyone forge session cookies; refuse to start instead.
  throw new Error(
    "AUTH_SECRET is not set: start Faultline with `npm start` (it generates one under .data/) " +
      "or set AUTH_SECRET to a random string of at least 32 characters (`openssl rand -hex 32`).",
  );
}

const LOOPBACK_TWIN: Record<string, string> = { localhost: "127.0.0.1", "127.0.0.1": "localhost" };

/** The public URL's origin, plus its loopback twin, so `localhost` and `127.0.0.1` both work locally. */
function trustedOrigins(): string[] {
  const url = new URL(publicUrl());
  const twin = LOOPBACK_TWIN[url.hostname];
  if (twin === undefined) return [url.origin];
  const other = new URL(url.origin);
  other.hostname = twin;
  return [url.origin, other.origin];
}

/**
 * Sign-up is closed except on a fresh install (no user yet) and for an e-mail with a pending
 * invitation. Checked before better-auth's own validation, so the refusal is ours.
 */
async function assertSignUpAllowed(email: unknown): Promise<void> {
  if (await needsSetup()) return;
  if (typeof email === "string" && email !== "" && (await hasPendingInvitation(email))) return;
  throw new APIError("FORBIDDEN", {
    message:
      "Sign-up is by invitation only. Ask an admin of your organization for an invitation link.",
    code: "SIGN_UP_BY_INVITATION_ONLY",
  });
}

const beforeEndpoint = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-up/email") await assertSignUpAllowed(ctx.body?.email);
  if (ctx.path.startsWith("/organization/") && !isOrganizationEndpointAllowed(ctx.path)) {
    throw new APIError("NOT_FOUND", {
      message: "Manage organizations through Faultline's API (/api/trpc).",
    });
  }
});

/**
 * better-auth owns credentials and sessions. Passwords are hashed with its default scrypt
 * (N=16384, r=16, p=1, 64-byte key, random salt). Organization data lives in the same tables the
 * organization plugin reads (member → our `Membership`), but its write endpoints are closed:
 * the rules (audit log, last-owner, default team) live in server/services, one path only.
 */
export const auth = betterAuth({
  appName: "Faultline",
  baseURL: publicUrl(),
  secret: authSecret(),
  trustedOrigins: trustedOrigins(),
  database: prismaAdapter(db, { provider: "postgresql" }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: PASSWORD_MIN_LENGTH,
    maxPasswordLength: PASSWORD_MAX_LENGTH,
  },
  user: {
    additionalFields: {
      isSuperuser: { type: "boolean", required: false, defaultValue: false, input: false },
    },
  },
  session: {
    expiresIn: 60 * 60 * 24 * 30,
    updateAge: 60 * 60 * 24,
  },
  hooks: { before: beforeEndpoint },
  plugins: [
    organization({
      creatorRole: "owner",
      invitationExpiresIn: INVITATION_TTL_SECONDS,
      schema: { member: { modelName: "membership" } },
      // Unused while /organization/invite-member is closed; kept so both paths mail the same way.
      sendInvitationEmail: async ({ id, email, organization: org, inviter }) => {
        await sendInvitationMail({
          invitationId: id,
          email,
          organizationName: org.name,
          inviterName: inviter.user.name,
        });
      },
    }),
    // Lets server actions set cookies; must stay the last plugin.
    nextCookies(),
  ],
});

export type Auth = typeof auth;
