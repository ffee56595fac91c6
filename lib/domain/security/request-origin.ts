// Which origins may post to the portal (server actions, route handlers) with a signed-in browser's
// cookies. The public URL (NEXTAUTH_URL) names the portal; the Host header does not, because a
// client chooses it (and X-Forwarded-Host even more so, unless our own proxy set it).

const LOOPBACK_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** host[:port] of a URL, lower-cased; null when it is not a URL. */
export function hostOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

function isLoopbackPair(a: string, b: string): boolean {
  const [aName, aPort] = splitHost(a);
  const [bName, bPort] = splitHost(b);
  return LOOPBACK_HOSTNAMES.has(aName) && LOOPBACK_HOSTNAMES.has(bName) && aPort === bPort;
}

function splitHost(host: string): [string, string] {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  return [match?.[1] ?? host, match?.[2] ?? ""];
}

/**
 * Whether a request carrying `origin` (the browser's Origin header) may change anything. Without
 * an Origin header it is not a browser's cross-site request (browsers send Origin on every POST),
 * so it passes, as Next's own check lets it. With a public URL configured only that host is
 * accepted (on a developer's machine localhost and 127.0.0.1 count as one); without one, the
 * request's own Host.
 */
export function isAllowedRequestOrigin(input: { origin: string | null; publicUrl: string | undefined; host: string | null }): boolean {
  if (input.origin === null) return true;
  const originHost = hostOf(input.origin);
  if (!originHost) return false;
  const expected = hostOf(input.publicUrl) ?? input.host?.toLowerCase() ?? null;
  if (!expected) return false;
  return originHost === expected || isLoopbackPair(originHost, expected);
}
