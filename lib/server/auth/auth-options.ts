import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { encodeSignInError } from "@/lib/domain/auth/sign-in-error";
import { SESSION_VERSION_CLAIM, authConfigFromEnv, type AuthConfig } from "@/lib/server/auth/auth-config";
import { authorizeCredentials } from "@/lib/server/auth/authorize-credentials";
import { clientIp } from "@/lib/server/auth/client-ip";

export function createAuthOptions(config: AuthConfig): NextAuthOptions {
  return {
    secret: config.secret,
    useSecureCookies: config.useSecureCookies,
    // next-auth's default cookies are HttpOnly and SameSite=Lax, and with useSecureCookies also
    // Secure and prefixed (__Secure- session, __Host- CSRF); the int tests pin that down.
    session: {
      strategy: "jwt",
      maxAge: config.maxAgeSeconds,
      // next-auth applies updateAge to database sessions only; a JWT is re-issued (sliding expiry)
      // whenever the browser reads /api/auth/session. The app renders sessions on the server and
      // does not poll, so in practice a session lasts maxAge from sign-in.
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
            });
          } catch (error) {
            // next-auth would put the message into the URL: log it here and show a fixed code.
            console.error("[auth] sign-in failed unexpectedly", error);
            throw new Error(encodeSignInError({ code: "SignInUnavailable" }));
          }
          if (!result.ok) throw new Error(encodeSignInError(result.error));
          const { id, email, name, sessionVersion } = result.user;
          const user = { id, email, name, sessionVersion };
          return user;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // Only the identity and the session version go into the cookie; roles are read from the
        // database on every request so that a change applies at once.
        if (user && "sessionVersion" in user && typeof user.sessionVersion === "number") {
          token.sub = user.id;
          token[SESSION_VERSION_CLAIM] = user.sessionVersion;
          delete token.picture;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { name: token.name ?? null, email: token.email ?? null };
        return session;
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
