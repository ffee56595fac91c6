const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

// The URL parser validates an IPv6 literal between brackets; nothing else gets through it.
function isIpv6(value: string): boolean {
  return value.includes(":") && /^[0-9a-fA-F:.]+$/.test(value) && URL.canParse(`http://[${value}]/`);
}

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
  const address = entry.startsWith("::ffff:") && isIpv4(entry.slice(7)) ? entry.slice(7) : entry;
  return isIpv4(address) || isIpv6(address) ? address : null;
}
