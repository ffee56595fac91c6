import { isIP } from "node:net";

/**
 * The client's address from X-Forwarded-For, given how many reverse proxies of our own stand in
 * front of the app. Each of them appends the address it received the request from, so the
 * client is the `trustedHops`-th entry from the right; anything left of it was written by the
 * client and may be forged. With no trusted proxy the whole header is the client's own (Next
 * only fills it in from the socket when the client sent none), so the address is unknown: null.
 */
export function clientAddressFromForwardedFor(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  if (trustedHops < 1 || !forwardedFor) return null;
  const entries = forwardedFor.split(",").map((entry) => entry.trim());
  const entry = entries.length >= trustedHops ? entries[entries.length - trustedHops] : undefined;
  if (!entry) return null;
  const address = entry.startsWith("::ffff:") && isIP(entry.slice(7)) === 4 ? entry.slice(7) : entry;
  return isIP(address) ? address : null;
}
