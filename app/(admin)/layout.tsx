import type { ReactNode } from "react";
import { requirePermission } from "@/lib/server/auth/session";
import { AppShell } from "@/components/app-shell";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("org:console");
  return <AppShell user={user}>{children}</AppShell>;
}
