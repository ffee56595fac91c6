import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/domain/auth/request-path";
import { contentSecurityPolicy, isHttpsUrl, MEDIA_CONTENT_SECURITY_POLICY, strictTransportSecurity } from "@/lib/domain/security/content-security-policy";
import { isAllowedRequestOrigin } from "@/lib/domain/security/request-origin";
import { env } from "@/lib/env";

// Areas that need a session. This is only a fast path for visitors with no session cookie at
// all: every page, action and route handler still checks the session and permission itself.
const PROTECTED_PREFIXES = ["/learn", "/studio", "/admin", "/reports", "/framework", "/analytics"];
const SESSION_COOKIE_NAMES = ["next-auth.session-token", "__Host-next-auth.session-token", "__Secure-next-auth.session-token"];

function isProtected(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies
    .getAll()
    .some(({ name }) => SESSION_COOKIE_NAMES.some((base) => name === base || name.startsWith(`${base}.`)));
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

// A path that does not percent-decode ("%E0%A4%A") makes Next's router fail while rendering its
// own 400 page and answer 500: it is refused here, before routing, as the bad request it is.
function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address is not valid percent-encoding.", { status: 400, headers: { "content-type": "text/plain" } });
  }
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  const { NEXTAUTH_URL, NODE_ENV, TRUSTED_PROXY_HOPS } = env();
  const hsts = strictTransportSecurity(NEXTAUTH_URL);

  // A write (a server action, a route handler's POST) from a browser on another origin is refused
  // here, with a 403, before Next or the app sees it. Next's own check compares Origin with
  // X-Forwarded-Host, which a client can set to anything.
  if (!SAFE_METHODS.has(request.method) && !isAllowedRequestOrigin({ origin: request.headers.get("origin"), publicUrl: NEXTAUTH_URL, host: request.headers.get("host") })) {
    return withTransportSecurity(new NextResponse("Cross-origin request refused.", { status: 403, headers: { "content-type": "text/plain" } }), hsts);
  }

  if (isProtected(pathname) && !hasSessionCookie(request) && request.method === "GET") {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", path);
    return withTransportSecurity(NextResponse.redirect(signIn), hsts);
  }

  // Tell server components where the visitor is, so requireUser() can bring them back after
  // sign-in. Set (not appended), so a client cannot supply its own value.
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, path);
  // Only a proxy we run may say which host the visitor asked for (TRUSTED_PROXY_HOPS, as for the
  // client address); otherwise the header is the client's own word and Next would trust it.
  if (TRUSTED_PROXY_HOPS === 0) headers.delete("x-forwarded-host");

  // A fresh nonce per response. Next reads it from the request's CSP and puts it on its own
  // scripts; pages are rendered per request anyway (they read the session).
  const policy = pathname.startsWith("/media/")
    ? MEDIA_CONTENT_SECURITY_POLICY
    : contentSecurityPolicy({ nonce: createNonce(), isDevelopment: NODE_ENV === "development", isHttps: isHttpsUrl(NEXTAUTH_URL) });
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return withTransportSecurity(response, hsts);
}

function withTransportSecurity(response: NextResponse, hsts: string | null): NextResponse {
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Not for static files or next-auth's own endpoints. Nor for uploads (POST /studio/media): Next
  // copies a request body into memory for the proxy (and cuts it at proxyClientMaxBodySize), which
  // would defeat streaming a 500 MB video to storage; the route checks the session itself.
  // The officials CSV upload (POST /admin/onboarding/upload) is skipped for the same reason.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/auth|studio/media$|admin/onboarding/upload$).*)"],
};
