import { expect, test } from "vitest";
import { safeCallbackPath } from "@/lib/domain/auth/callback-url";

test.each<[string | string[] | null | undefined, string]>([
  [undefined, "/"],
  [null, "/"],
  ["", "/"],
  ["/", "/"],
  ["/learn", "/learn"],
  ["/courses/public-policy?tab=modules#m2", "/courses/public-policy?tab=modules#m2"],
  [["/admin/officials", "/evil"], "/admin/officials"],
  ["/a/../admin", "/admin"],
  // Open-redirect attempts must all fall back to "/".
  ["https://evil.example/", "/"],
  ["http://evil.example", "/"],
  ["//evil.example/path", "/"],
  ["/\\evil.example", "/"],
  ["\\\\evil.example", "/"],
  ["/\t/evil.example", "/"],
  ["/\n/evil.example", "/"],
  ["javascript:alert(1)", "/"],
  ["evil.example", "/"],
  ["learn", "/"],
  [" /learn", "/"],
  // Back to sign-in (or next-auth's own routes) would loop.
  ["/sign-in", "/"],
  ["/sign-in?callbackUrl=/learn", "/"],
  ["/api/auth/signout", "/"],
  [`/${"a".repeat(3000)}`, "/"],
])("safeCallbackPath(%j) → %s", (raw, expected) => {
  expect(safeCallbackPath(raw)).toBe(expected);
});
