import type { ReactNode } from "react";
import { requirePermission } from "@/lib/server/auth/session";
import { AppShell } from "@/components/app-shell";

export default async function LearnerLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("learning:own");
  return <AppShell user={user}>{children}</AppShell>;
}
