import { expect, test } from "vitest";
import { safeAuthRedirect, safeCallbackPath } from "@/lib/domain/auth/callback-url";

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
  // Unparsable: a broken percent-escape would land on an error page.
  ["/%", "/"],
  ["/learn%ZZ", "/"],
  ["/%E0%A4%A", "/"],
  ["/learn?q=%E0%A4", "/"],
  ["/learn?q=%E0%A4%A8", "/learn?q=%E0%A4%A8"],
])("safeCallbackPath(%j) → %s", (raw, expected) => {
  expect(safeCallbackPath(raw)).toBe(expected);
});

const BASE = "https://kaushal.example.gov.in";

test.each<[string, string]>([
  ["/learn/catalogue?q=law", `${BASE}/learn/catalogue?q=law`],
  [`${BASE}/admin`, `${BASE}/admin`],
  ["/sign-in", `${BASE}/sign-in`],
  // Regression: next-auth's default threw on these (a 500 that refused a correct password).
  ["garbage", `${BASE}/`],
  ["http://[", `${BASE}/`],
  ["%E0%A4%A", `${BASE}/`],
  ["", `${BASE}/`],
  ["https://evil.example/admin", `${BASE}/`],
  ["//evil.example", `${BASE}/`],
  ["/\\evil.example", `${BASE}/`],
  ["/sign-in?callbackUrl=/sign-in", `${BASE}/`],
  ["/%E0%A4%A", `${BASE}/`],
])("safeAuthRedirect(%j) → %s", (url, expected) => {
  expect(safeAuthRedirect(url, BASE)).toBe(expected);
});
