import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isHttpsUrl, MEDIA_CONTENT_SECURITY_POLICY, strictTransportSecurity } from "./content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((part) => part.trim().split(/\s+/)).map(([name = "", ...values]) => [name, values]));
}

describe("content security policy", () => {
  const production = directives(contentSecurityPolicy({ nonce: "abc123", isDevelopment: false, isHttps: true }));
  const development = directives(contentSecurityPolicy({ nonce: "abc123", isDevelopment: true, isHttps: false }));

  it.each<[string, string[]]>([
    ["script-src", ["'self'", "'nonce-abc123'", "'strict-dynamic'"]],
    ["style-src", ["'self'", "'nonce-abc123'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["frame-ancestors", ["'none'"]],
    ["form-action", ["'self'"]],
    ["frame-src", ["'self'"]],
    ["upgrade-insecure-requests", []],
  ])("production %s", (name, values) => {
    expect(production.get(name)).toEqual(values);
  });

  it("never lets inline or evaluated script run in production", () => {
    expect(production.get("script-src")).not.toContain("'unsafe-inline'");
    expect(production.get("script-src")).not.toContain("'unsafe-eval'");
    expect(production.get("default-src")).toEqual(["'self'"]);
  });

  it("gives development what hot reloading needs, and no https upgrade on http", () => {
    expect(development.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'", "'unsafe-eval'"]);
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(development.get("connect-src")).toEqual(["'self'", "ws:", "wss:"]);
    expect(development.has("upgrade-insecure-requests")).toBe(false);
  });

  it("lets only the portal frame uploaded media", () => {
    expect(directives(MEDIA_CONTENT_SECURITY_POLICY).get("frame-ancestors")).toEqual(["'self'"]);
  });
});

describe("strict transport security", () => {
  it.each<[string | undefined, string | null]>([
    ["https://kaushal.gov.in", "max-age=63072000; includeSubDomains"],
    ["HTTPS://kaushal.gov.in/", "max-age=63072000; includeSubDomains"],
    ["http://127.0.0.1:3000", null],
    [undefined, null],
    ["", null],
  ])("%s → %s", (url, expected) => {
    expect(strictTransportSecurity(url)).toBe(expected);
    expect(isHttpsUrl(url)).toBe(expected !== null);
  });
});
