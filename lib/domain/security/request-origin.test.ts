import { describe, expect, it } from "vitest";
import { hostOf, isAllowedRequestOrigin } from "./request-origin";

describe("isAllowedRequestOrigin", () => {
  it.each<[string, string | null, string | undefined, string | null, boolean]>([
    ["the public origin", "https://kaushal.gov.in", "https://kaushal.gov.in", "10.0.0.5:3000", true],
    ["a foreign origin, whatever the Host says", "https://evil.example", "https://kaushal.gov.in", "evil.example", false],
    ["the public host on another port", "https://kaushal.gov.in:8443", "https://kaushal.gov.in", "kaushal.gov.in", false],
    ["an opaque origin", "null", "https://kaushal.gov.in", "kaushal.gov.in", false],
    ["no Origin header (not a browser's cross-site post)", null, "https://kaushal.gov.in", "kaushal.gov.in", true],
    ["localhost and 127.0.0.1 on one port, in development", "http://127.0.0.1:3000", "http://localhost:3000", "127.0.0.1:3000", true],
    ["loopback on another port", "http://127.0.0.1:4000", "http://localhost:3000", "127.0.0.1:4000", false],
    ["no public URL: the request's own host", "http://portal.local:3000", undefined, "portal.local:3000", true],
    ["no public URL: a foreign origin", "https://evil.example", undefined, "portal.local:3000", false],
    ["no public URL and no host", "https://evil.example", undefined, null, false],
  ])("%s", (_name, origin, publicUrl, host, expected) => {
    expect(isAllowedRequestOrigin({ origin, publicUrl, host })).toBe(expected);
  });
});

describe("hostOf", () => {
  it.each<[string | null, string | null]>([
    ["https://Kaushal.gov.in/path", "kaushal.gov.in"],
    ["http://127.0.0.1:3610", "127.0.0.1:3610"],
    ["not a url", null],
    [null, null],
  ])("%s → %s", (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});
