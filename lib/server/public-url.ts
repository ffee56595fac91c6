import "server-only";
import { env } from "@/lib/env";

/**
 * An absolute address for a path, for links that leave the browser (emails, QR codes). The base is
 * the portal's public address (NEXTAUTH_URL); without one it is the local development address.
 */
export function absoluteUrl(path: string): string {
  return new URL(path, env().NEXTAUTH_URL ?? "http://localhost:3000").toString();
}
