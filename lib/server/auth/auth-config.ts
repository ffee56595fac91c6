import "server-only";
import { env } from "@/lib/env";

export type AuthConfig = {
  secret: string;
  /** https deployments: Secure cookies with the __Secure-/__Host- prefixes. */
  useSecureCookies: boolean;
  maxAgeSeconds: number;
};

export function authConfigFromEnv(): AuthConfig {
  const { NEXTAUTH_SECRET, NEXTAUTH_URL, SESSION_MAX_AGE_SECONDS } = env();
  return {
    secret: NEXTAUTH_SECRET,
    useSecureCookies: NEXTAUTH_URL?.startsWith("https://") ?? false,
    maxAgeSeconds: SESSION_MAX_AGE_SECONDS,
  };
}

/** The JWT claim holding User.sessionVersion at sign-in; see loadSessionUser. */
export const SESSION_VERSION_CLAIM = "sv";
