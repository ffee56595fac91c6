const FALLBACK = "/";
// Resolving against a fixed, fake origin tells a same-origin relative path from anything that
// would leave the site ("//evil.example", "/\\evil.example", "https://…", "javascript:…").
const PROBE_ORIGIN = "http://kaushal.invalid";

function hasUnsafeCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || code === 0x5c /* backslash */) return true;
  }
  return false;
}

function isDecodable(path: string): boolean {
  try {
    decodeURI(path);
    return true;
  } catch {
    return false;
  }
}

/** Where to send someone after sign-in: a same-origin relative path, never an outside URL. */
export function safeCallbackPath(raw: string | string[] | null | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > 2048) return FALLBACK;
  // Browsers strip tabs and newlines from URLs and treat "\" as "/", so "/\t/evil" and
  // "/\\evil" would become protocol-relative: reject control characters and backslashes outright.
  if (!value.startsWith("/") || value.startsWith("//") || hasUnsafeCharacter(value)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== PROBE_ORIGIN) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A broken escape ("/%", "/%E0%A4") cannot be routed: it would land on an error page.
  if (!isDecodable(path)) return FALLBACK;
  // Sending a signed-in user back to the sign-in page would loop.
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/api/auth")) return FALLBACK;
  return path;
}

/**
 * next-auth's redirect callback: whatever arrives as a callbackUrl (body, query or cookie) —
 * relative, absolute, or not a URL at all — becomes a URL on this site. next-auth's default threw
 * on an unparsable one, which answered 500 and refused a correct password with it.
 */
export function safeAuthRedirect(url: string, baseUrl: string): string {
  let path = url;
  if (!url.startsWith("/")) {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    const isSameOrigin = parsed !== null && URL.canParse(baseUrl) && parsed.origin === new URL(baseUrl).origin;
    path = isSameOrigin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : FALLBACK;
  }
  // Sign-out is sent to the sign-in page itself, which a post-sign-in callbackUrl may not be.
  if (path === "/sign-in") return `${baseUrl}/sign-in`;
  return `${baseUrl}${safeCallbackPath(path)}`;
}
