import type { ReactNode } from "react";
import { requirePermission } from "@/lib/server/auth/session";
import { hasDirectReportees } from "@/lib/server/team/has-direct-reportees";
import { AppShell } from "@/components/app-shell";
import { LearnerSectionNav } from "@/components/learner-section-nav";

export default async function LearnerLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("learning:own");
  const hasTeam = await hasDirectReportees(user.id);
  return (
    <AppShell user={user} subNavigation={<LearnerSectionNav hasTeam={hasTeam} />}>
      {children}
    </AppShell>
  );
}
