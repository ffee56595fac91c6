import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { safeAuthRedirect } from "@/lib/domain/auth/callback-url";
import { encodeSignInError } from "@/lib/domain/auth/sign-in-error";
import { SESSION_ID_CLAIM, SESSION_VERSION_CLAIM, authConfigFromEnv, type AuthConfig } from "@/lib/server/auth/auth-config";
import { authorizeCredentials } from "@/lib/server/auth/authorize-credentials";
import { clientIp } from "@/lib/server/auth/client-ip";
import { loadSession } from "@/lib/server/auth/load-session-user";
import { claimsFromToken, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { revokeSession } from "@/lib/server/auth/user-sessions";

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export function createAuthOptions(config: AuthConfig): NextAuthOptions {
  return {
    secret: config.secret,
    useSecureCookies: config.useSecureCookies,
    // next-auth's default cookies are HttpOnly and SameSite=Lax, and with useSecureCookies also
    // Secure and prefixed (__Host- CSRF); the session cookie is ours to name, __Host- on https.
    // The int tests pin all of it down.
    cookies: {
      sessionToken: {
        name: sessionCookieName(config.useSecureCookies),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: config.useSecureCookies },
      },
    },
    session: {
      strategy: "jwt",
      maxAge: config.maxAgeSeconds,
      // The JWT only names a server-side UserSession row; its idle and absolute timeouts are
      // enforced there on every request (lib/server/auth/load-session-user.ts), whatever the
      // cookie's own expiry says.
      updateAge: 60 * 60,
    },
    jwt: { maxAge: config.maxAgeSeconds },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          let result;
          try {
            result = await authorizeCredentials({
              email: credentials?.email,
              password: credentials?.password,
              ip: clientIp(req.headers),
              userAgent: headerValue(req.headers?.["user-agent"]),
            });
          } catch (error) {
            // next-auth would put the message into the URL: log it here and show a fixed code.
            console.error("[auth] sign-in failed unexpectedly", error);
            throw new Error(encodeSignInError({ code: "SignInUnavailable" }));
          }
          if (!result.ok) throw new Error(encodeSignInError(result.error));
          const { id, email, name, sessionVersion, sessionId } = result.user;
          const user = { id, email, name, sessionVersion, sessionId };
          return user;
        },
      }),
    ],
    callbacks: {
      redirect({ url, baseUrl }) {
        return safeAuthRedirect(url, baseUrl);
      },
      jwt({ token, user }) {
        // Only the identity, the session row and the session version go into the cookie; roles
        // are read from the database on every request so that a change applies at once.
        if (user && "sessionVersion" in user && typeof user.sessionVersion === "number" && "sessionId" in user && typeof user.sessionId === "string") {
          token.sub = user.id;
          token[SESSION_VERSION_CLAIM] = user.sessionVersion;
          token[SESSION_ID_CLAIM] = user.sessionId;
          delete token.picture;
        }
        return token;
      },
      async session({ session, token }) {
        // /api/auth/session answers from the cookie alone unless told otherwise: a replayed
        // cookie of an ended session must not read as signed in there either.
        const claims = claimsFromToken(token);
        const live = claims ? await loadSession(claims) : null;
        if (!live) return { expires: session.expires };
        session.user = { name: live.user.name, email: live.user.email };
        return session;
      },
    },
    events: {
      // Sign-out ends the session on the server, not only the cookie in this browser: a copy of
      // the cookie (another tab, a stolen one) is refused from now on.
      async signOut({ token }) {
        const claims = claimsFromToken(token);
        if (claims) await revokeSession(claims.sessionId);
      },
    },
  };
}

let cached: NextAuthOptions | undefined;

/** Built on first use, not at import, so `next build` needs no secrets. */
export function authOptions(): NextAuthOptions {
  cached ??= createAuthOptions(authConfigFromEnv());
  return cached;
}
