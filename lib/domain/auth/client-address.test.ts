import { expect, test } from "vitest";
import { clientAddressFromForwardedFor } from "@/lib/domain/auth/client-address";

test.each<[string | null, number, string | null]>([
  // No trusted proxy: the header is whatever the client sent.
  ["203.0.113.9", 0, null],
  [null, 0, null],
  // One proxy appends the address it saw; a forged entry to its left is ignored.
  ["203.0.113.9", 1, "203.0.113.9"],
  ["6.6.6.6, 203.0.113.9", 1, "203.0.113.9"],
  ["6.6.6.6,203.0.113.9, 10.0.0.2", 2, "203.0.113.9"],
  // Fewer entries than proxies: misconfigured, not a reason to trust anything.
  ["203.0.113.9", 2, null],
  [null, 1, null],
  ["", 1, null],
  ["not-an-address", 1, null],
  ["203.0.113.9, <script>", 1, null],
  ["::ffff:203.0.113.9", 1, "203.0.113.9"],
  ["2001:db8::1", 1, "2001:db8::1"],
  ["256.1.1.1", 1, null],
  ["1.2.3", 1, null],
  ["2001:db8::1]:80", 1, null],
])("X-Forwarded-For %j with %i trusted hops → %j", (header, hops, expected) => {
  expect(clientAddressFromForwardedFor(header, hops)).toBe(expected);
});
