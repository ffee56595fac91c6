import type { ReactNode } from "react";
import { requirePermission } from "@/lib/server/auth/session";
import { AppShell } from "@/components/app-shell";
import { LearnerSectionNav } from "@/components/learner-section-nav";

export default async function LearnerLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("learning:own");
  return (
    <AppShell user={user} subNavigation={<LearnerSectionNav />}>
      {children}
    </AppShell>
  );
}
