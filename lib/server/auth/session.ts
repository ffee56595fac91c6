import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { safeCallbackPath } from "@/lib/domain/auth/callback-url";
import { CHANGE_PASSWORD_PATH } from "@/lib/domain/auth/change-password.schema";
import { REQUEST_PATH_HEADER } from "@/lib/domain/auth/request-path";
import { can, type Permission } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { authConfigFromEnv } from "@/lib/server/auth/auth-config";
import { loadSession, type SignedInSession } from "@/lib/server/auth/load-session-user";
import { readSessionClaims } from "@/lib/server/auth/session-cookie";

/**
 * The live server-side session behind the request's cookie, or null. Checked against the
 * database on every request (once per request, thanks to cache()), so sign-out, revocation,
 * timeouts, suspensions and role changes apply immediately.
 */
export const getSignedInSession = cache(async (): Promise<SignedInSession | null> => {
  const cookieStore = await cookies();
  const claims = await readSessionClaims(cookieStore.getAll(), authConfigFromEnv());
  return claims ? loadSession(claims) : null;
});

/**
 * The signed-in official, or null — also null while they must replace a one-time password, so
 * every server action (authorisedAction) and route handler refuses them until they have.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getSignedInSession();
  return session && !session.mustChangePassword ? session.user : null;
});

/** /sign-in with a callbackUrl back to where the visitor was (or to `callbackUrl`). */
export async function signInPath(callbackUrl?: string): Promise<string> {
  const target = safeCallbackPath(callbackUrl ?? (await headers()).get(REQUEST_PATH_HEADER));
  return target === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(target)}`;
}

/**
 * The signed-in official; redirects to sign-in (and back afterwards) when there is none, and to
 * the change-password page while they still hold a one-time password.
 */
export async function requireUser(callbackUrl?: string): Promise<CurrentUser> {
  const session = await getSignedInSession();
  if (session?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (!session) redirect(await signInPath(callbackUrl));
  return session.user;
}

/**
 * For pages, layouts, route handlers and server actions: signed out → sign-in page; signed in
 * without the permission → 403 (app/forbidden.tsx).
 */
export async function requirePermission(permission: Permission, callbackUrl?: string): Promise<CurrentUser> {
  const user = await requireUser(callbackUrl);
  if (!can(user, permission)) forbidden();
  return user;
}
