import type { Metadata } from "next";
import { Award, Building2, CheckCircle2, GraduationCap, LibraryBig, Target, UserCheck, Users } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getGovernmentHeadlines } from "@/lib/server/analytics/get-government-headlines";
import { getMinistryBreakdown } from "@/lib/server/analytics/get-ministry-breakdown";
import { percentOf } from "@/lib/domain/format-count";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { MinistryTable } from "./ministry-table";

export const metadata: Metadata = { title: "Government dashboard" };

export default async function AnalyticsHomePage() {
  await requirePermission("analytics:read");
  const [headlines, ministries] = await Promise.all([getGovernmentHeadlines(), getMinistryBreakdown()]);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Analytics"
        title="Government learning dashboard"
        description="Capacity building across every ministry, department and organisation on Kaushal."
      />

      <StatGrid label="Government-wide totals">
        <StatCard label="Officials" value={headlines.officials} icon={<Users className="size-4" />} />
        <StatCard
          label="Active officials"
          value={headlines.activeOfficials}
          icon={<UserCheck className="size-4" />}
          hint={`${percentOf(headlines.activeOfficials, headlines.officials)}% of officials`}
        />
        <StatCard label="Published courses" value={headlines.publishedCourses} icon={<LibraryBig className="size-4" />} />
        <StatCard label="Enrolments" value={headlines.enrolments} icon={<GraduationCap className="size-4" />} />
        <StatCard
          label="Completions"
          value={headlines.completions}
          icon={<CheckCircle2 className="size-4" />}
          hint={`${percentOf(headlines.completions, headlines.enrolments)}% of enrolments`}
        />
        <StatCard label="Certificates issued" value={headlines.certificates} icon={<Award className="size-4" />} />
        <StatCard label="Competencies" value={headlines.competencies} icon={<Target className="size-4" />} hint="In the FRAC dictionary" />
        <StatCard label="Organisations" value={headlines.organisations} icon={<Building2 className="size-4" />} />
      </StatGrid>

      <SectionCard id="by-ministry" title="By ministry" description="Each ministry includes its departments and attached offices.">
        {ministries.length > 0 ? (
          <MinistryTable ministries={ministries} />
        ) : (
          <EmptyState title="No ministries recorded">Organisations appear here once the hierarchy is loaded.</EmptyState>
        )}
      </SectionCard>
    </div>
  );
}
