import type { ReactNode } from "react";
import { requirePermission } from "@/lib/server/auth/session";
import { AppShell } from "@/components/app-shell";

export default async function AnalyticsLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("analytics:read");
  return <AppShell user={user}>{children}</AppShell>;
}
