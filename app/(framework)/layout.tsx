import type { ReactNode } from "react";
import { can } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { AppShell } from "@/components/app-shell";
import { FrameworkNav } from "./framework/framework-nav";

export default async function FrameworkLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("frac:read");
  return (
    <AppShell user={user} subNavigation={<FrameworkNav canManage={can(user, "frac:manage")} />}>
      {children}
    </AppShell>
  );
}
