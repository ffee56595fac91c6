import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built on first use (then cached) so that `next build` needs no secrets.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return (await NextAuth(request, context, authOptions())) as Response;
}

export { handler as GET, handler as POST };
