import type { ReactNode } from "react";
import { requirePermission } from "@/lib/server/auth/session";
import { AppShell } from "@/components/app-shell";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("studio:access");
  return <AppShell user={user}>{children}</AppShell>;
}
