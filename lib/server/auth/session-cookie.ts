import "server-only";
import { decode } from "next-auth/jwt";
import { SESSION_ID_CLAIM, SESSION_VERSION_CLAIM, type AuthConfig } from "@/lib/server/auth/auth-config";
import type { SessionClaims } from "@/lib/server/auth/load-session-user";

/**
 * The session cookie's name. On https it carries the __Host- prefix: the browser then accepts it
 * only Secure, for the whole site and from this host alone, so no sibling subdomain can plant
 * or overwrite it. next-auth's own default would be the weaker __Secure-.
 */
export function sessionCookieName(useSecureCookies: boolean): string {
  return `${useSecureCookies ? "__Host-" : ""}next-auth.session-token`;
}

type Cookie = { name: string; value: string };

// next-auth splits a token over 4 KB into name.0, name.1, …; ours is far smaller, but reading the
// chunked form costs nothing and keeps a larger token from silently signing everyone out.
function sessionToken(cookies: readonly Cookie[], name: string): string | null {
  const whole = cookies.find((cookie) => cookie.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .filter((cookie) => cookie.name.startsWith(`${name}.`) && /^\d+$/.test(cookie.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((chunk) => chunk.value).join("") : null;
}

/** The claims of a decoded session JWT, or null when any is missing. */
export function claimsFromToken(payload: Record<string, unknown> | null | undefined): SessionClaims | null {
  const userId = payload?.sub;
  const sessionVersion = payload?.[SESSION_VERSION_CLAIM];
  const sessionId = payload?.[SESSION_ID_CLAIM];
  if (typeof userId !== "string" || typeof sessionVersion !== "number" || typeof sessionId !== "string") return null;
  return { userId, sessionVersion, sessionId };
}

/**
 * Decrypts and checks the session JWT (signature and expiry); null when absent or invalid. A
 * valid token is only a claim: loadSessionUser still checks its session row.
 */
export async function readSessionClaims(cookies: readonly Cookie[], config: AuthConfig): Promise<SessionClaims | null> {
  const token = sessionToken(cookies, sessionCookieName(config.useSecureCookies));
  if (!token) return null;
  try {
    return claimsFromToken(await decode({ token, secret: config.secret }));
  } catch {
    return null;
  }
}
