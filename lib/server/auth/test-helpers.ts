import "server-only";
// Test-only: drives next-auth's real request handler (its pages-API entry point, which needs no
// Next request context) so integration tests exercise CSRF, authorize() and the cookies it sets.
import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth, { type NextAuthOptions } from "next-auth";

export type SetCookie = { name: string; value: string; attributes: Map<string, string | true> };

export type AuthResponse = { status: number; json: unknown; location: string | undefined; cookies: SetCookie[] };

function parseSetCookie(header: string): SetCookie {
  const [pair = "", ...rest] = header.split(";");
  const index = pair.indexOf("=");
  const attributes = new Map<string, string | true>();
  for (const part of rest) {
    const [key = "", ...value] = part.trim().split("=");
    attributes.set(key.toLowerCase(), value.length ? value.join("=") : true);
  }
  return { name: pair.slice(0, index), value: decodeURIComponent(pair.slice(index + 1)), attributes };
}

export async function callNextAuth(
  options: NextAuthOptions,
  request: {
    path: string[];
    method?: "GET" | "POST";
    body?: Record<string, string>;
    cookies?: Record<string, string>;
    headers?: Record<string, string>;
  },
): Promise<AuthResponse> {
  const headers = new Map<string, string[] | string | number>();
  let status = 200;
  let json: unknown;
  const req = {
    query: { nextauth: request.path },
    method: request.method ?? "GET",
    body: request.body ?? {},
    cookies: request.cookies ?? {},
    headers: { host: "localhost:3000", ...request.headers },
  } as unknown as NextApiRequest;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    setHeader(name: string, value: string[] | string | number) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader(name: string) {
      return headers.get(name.toLowerCase());
    },
    end() {
      return res;
    },
    json(body: unknown) {
      json = body;
      return res;
    },
    send(body: unknown) {
      json = body;
      return res;
    },
  } as unknown as NextApiResponse;
  await NextAuth(req, res, options);
  const setCookie = headers.get("set-cookie");
  const cookieHeaders = Array.isArray(setCookie) ? setCookie : setCookie ? [String(setCookie)] : [];
  const location = headers.get("location");
  return { status, json, location: location === undefined ? undefined : String(location), cookies: cookieHeaders.map(parseSetCookie) };
}

export type SignInOutcome = {
  /** next-auth's ?error= code, null on success. */
  error: string | null;
  /** Where next-auth sends the browser next. */
  url: string;
  sessionCookie: SetCookie | undefined;
  cookies: SetCookie[];
};

/** A browser's credentials sign-in: fetch the CSRF token, then POST the form as signIn() does. */
export async function signInWithCredentials(
  options: NextAuthOptions,
  input: { email: string; password: string; ip?: string; headers?: Record<string, string>; callbackUrl?: string },
): Promise<SignInOutcome> {
  const csrf = await callNextAuth(options, { path: ["csrf"] });
  const csrfToken = (csrf.json as { csrfToken: string }).csrfToken;
  const csrfCookie = csrf.cookies.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"));
  if (!csrfCookie) throw new Error("next-auth set no CSRF cookie");
  const response = await callNextAuth(options, {
    path: ["callback", "credentials"],
    method: "POST",
    body: { email: input.email, password: input.password, csrfToken, callbackUrl: input.callbackUrl ?? "/", json: "true" },
    cookies: { [csrfCookie.name]: csrfCookie.value },
    headers: { ...(input.ip && { "x-forwarded-for": input.ip }), ...input.headers },
  });
  const url = (response.json as { url?: string } | undefined)?.url ?? "";
  const error = url ? new URL(url, "http://localhost:3000").searchParams.get("error") : "NoResponse";
  return {
    error,
    url,
    sessionCookie: response.cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token")),
    cookies: response.cookies,
  };
}

/** The sign-out button: fetch the CSRF token, then POST /api/auth/signout with the session cookie. */
export async function signOutWithCookie(options: NextAuthOptions, sessionCookie: { name: string; value: string }): Promise<AuthResponse> {
  const csrf = await callNextAuth(options, { path: ["csrf"] });
  const csrfToken = (csrf.json as { csrfToken: string }).csrfToken;
  const csrfCookie = csrf.cookies.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"));
  if (!csrfCookie) throw new Error("next-auth set no CSRF cookie");
  return callNextAuth(options, {
    path: ["signout"],
    method: "POST",
    body: { csrfToken, callbackUrl: "/sign-in", json: "true" },
    cookies: { [csrfCookie.name]: csrfCookie.value, [sessionCookie.name]: sessionCookie.value },
  });
}
