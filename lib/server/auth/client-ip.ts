import "server-only";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client address for the per-IP sign-in limit. The rightmost X-Forwarded-For entry is the
 * one our own reverse proxy appended; entries to its left come from the client and can be forged.
 * Without a proxy in front the header is client-controlled, which is why the per-email limit,
 * not this one, is what stops password guessing on an account.
 */
export function clientIp(headers: HeaderBag): string | null {
  const forwarded = header(headers, "x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  const ip = last ?? header(headers, "x-real-ip")?.trim();
  return ip ? ip.slice(0, 64) : null;
}
