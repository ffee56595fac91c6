import "server-only";
import { randomBytes } from "node:crypto";

// Default values for natural keys (codes, slugs, emails) when a test does not care about them:
// random rather than a counter so tests running against one database never collide.
export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}
