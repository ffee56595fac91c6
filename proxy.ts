import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/domain/auth/request-path";

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

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;

  if (isProtected(pathname) && !hasSessionCookie(request) && request.method === "GET") {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", path);
    return NextResponse.redirect(signIn);
  }

  // Tell server components where the visitor is, so requireUser() can bring them back after
  // sign-in. Set (not appended), so a client cannot supply its own value.
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Not for static files or next-auth's own endpoints. Nor for uploads (POST /studio/media): Next
  // copies a request body into memory for the proxy (and cuts it at proxyClientMaxBodySize), which
  // would defeat streaming a 500 MB video to storage; the route checks the session itself.
  // The officials CSV upload (POST /admin/onboarding/upload) is skipped for the same reason.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt|api/auth|studio/media$|admin/onboarding/upload$).*)"],
};
