import "server-only";
import { randomBytes } from "node:crypto";

// UUIDv7 (RFC 9562), the same shape as the schema's @default(uuid(7)). Factories pre-assign ids
// so a whole course tree goes in as a few createMany statements instead of hundreds of
// round-trips — which matters on the embedded database, where each statement is serialised.
export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
