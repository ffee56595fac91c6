import "server-only";
import { env } from "@/lib/env";

export type AuthConfig = {
  secret: string;
  /** https deployments: Secure cookies, the session cookie with the __Host- prefix. */
  useSecureCookies: boolean;
  /** The absolute session lifetime: the cookie's and the server-side session's. */
  maxAgeSeconds: number;
};

export function authConfigFromEnv(): AuthConfig {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL, SESSION_ABSOLUTE_TIMEOUT_SECONDS } = env();
  return {
    secret: NEXTAUTH_SECRET,
    useSecureCookies: NEXTAUTH_URL?.startsWith("https://") ?? false,
    maxAgeSeconds: SESSION_ABSOLUTE_TIMEOUT_SECONDS,
  };
}

/** The JWT claim holding User.sessionVersion at sign-in; see loadSessionUser. */
export const SESSION_VERSION_CLAIM = "sv";
/** The JWT claim naming the UserSession row every request checks. */
export const SESSION_ID_CLAIM = "sid";
