import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** /verify/<code> path: the public page anyone can open. */
export function verificationPath(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}

/**
 * The absolute verification URL printed in the QR code: NEXTAUTH_URL when configured (the
 * canonical public address), otherwise the origin this request came to.
 */
export async function verificationUrl(code: string): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(verificationPath(code), configured).toString();
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${protocol}://${host}${verificationPath(code)}`;
}
