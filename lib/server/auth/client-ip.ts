import "server-only";
import { clientAddressFromForwardedFor } from "@/lib/domain/auth/client-address";
import { env } from "@/lib/env";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client address of the request, for the per-client sign-in limits and every audit row: the
 * one function that decides it, from TRUSTED_PROXY_HOPS (see clientAddressFromForwardedFor).
 * null means unknown: never a value the client chose. X-Real-IP is ignored, as a client can send
 * it as easily as X-Forwarded-For.
 */
export function clientIp(headers: HeaderBag, trustedHops = env().TRUSTED_PROXY_HOPS): string | null {
  return clientAddressFromForwardedFor(header(headers, "x-forwarded-for"), trustedHops);
}
