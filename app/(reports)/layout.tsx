import type { ReactNode } from "react";
import { requirePermission } from "@/lib/server/auth/session";
import { AppShell } from "@/components/app-shell";

export default async function ReportsLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("org:reports:read");
  return <AppShell user={user}>{children}</AppShell>;
}
