import "server-only";
import { decode } from "next-auth/jwt";
import { SESSION_VERSION_CLAIM, type AuthConfig } from "@/lib/server/auth/auth-config";
import type { SessionClaims } from "@/lib/server/auth/load-session-user";

/** next-auth's session cookie name (its default, with the __Secure- prefix on https). */
export function sessionCookieName(useSecureCookies: boolean): string {
  return `${useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;
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

/** Decrypts and checks the session JWT (signature and expiry); null when absent or invalid. */
export async function readSessionClaims(cookies: readonly Cookie[], config: AuthConfig): Promise<SessionClaims | null> {
  const token = sessionToken(cookies, sessionCookieName(config.useSecureCookies));
  if (!token) return null;
  let payload;
  try {
    payload = await decode({ token, secret: config.secret });
  } catch {
    return null;
  }
  const userId = payload?.sub;
  const sessionVersion = payload?.[SESSION_VERSION_CLAIM];
  if (typeof userId !== "string" || typeof sessionVersion !== "number") return null;
  return { userId, sessionVersion };
}
