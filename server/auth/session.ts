import { auth } from "./auth";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  image: string | null;
  isSuperuser: boolean;
}

export interface SessionInfo {
  user: SessionUser;
  sessionId: string;
  activeOrganizationId: string | null;
}

/** The signed-in session behind a request's cookies, or null. */
export async function getSession(headers: Headers): Promise<SessionInfo | null> {
  const result = await auth.api.getSession({ headers });
  if (result === null) return null;
  const { user, session } = result;
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      image: user.image ?? null,
      isSuperuser: user.isSuperuser === true,
    },
    sessionId: session.id,
    activeOrganizationId: session.activeOrganizationId ?? null,
  };
}

/** The signed-in user behind a request's cookies, or null. */
export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  return (await getSession(headers))?.user ?? null;
}
