import type { Metadata } from "next";
import Link from "next/link";
import { BookOpen, Briefcase, Download, FileUp, Layers, Users } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { listHref } from "@/lib/domain/framework/framework-list-query";
import { can } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { EXPORT_FILES, JSON_EXPORT_FILE } from "@/lib/server/framework/export-framework-file";
import { getFrameworkOverview } from "@/lib/server/framework/get-framework-overview";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { COMPETENCIES_HREF, IMPORT_HREF, POSTS_HREF, ROLES_HREF, exportHref } from "@/lib/domain/framework/framework-routes";
import { VersionBadge } from "../framework-ui";
import { PRIMARY_BUTTON, SECONDARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Competency framework" };

const BROWSE = [
  { href: COMPETENCIES_HREF, title: "Competencies", body: "Behavioural, functional and domain competencies with their five proficiency levels.", icon: BookOpen },
  { href: ROLES_HREF, title: "FRAC roles", body: "Roles as bundles of activities, and the level each role requires of its competencies.", icon: Layers },
  { href: POSTS_HREF, title: "Posts", body: "Posts in ministries and departments, and the FRAC roles each one carries.", icon: Briefcase },
] as const;

export default async function FrameworkOverviewPage() {
  const user = await requirePermission("frac:read");
  const overview = await getFrameworkOverview(user);
  const canManage = can(user, "frac:manage");
  const { active } = overview;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Competency framework"
        title={active.name}
        description={
          <>
            Version <strong className="font-semibold">{active.code}</strong>, in use since{" "}
            <time dateTime={isoDate(active.activatedAt)}>{formatDate(active.activatedAt)}</time>.
            {active.description ? <span className="mt-1 block">{active.description}</span> : null}
          </>
        }
      />

      <StatGrid label="Framework totals">
        <StatCard label="Competencies" value={active.competencies} icon={<BookOpen className="size-4" />} />
        <StatCard label="FRAC roles" value={overview.roles} icon={<Layers className="size-4" />} />
        <StatCard label="Posts" value={overview.posts} icon={<Briefcase className="size-4" />} />
        <StatCard label="Officials in posts" value={overview.officialsInPosts} icon={<Users className="size-4" />} />
      </StatGrid>

      <section aria-labelledby="browse-heading" className="space-y-3">
        <h2 id="browse-heading" className="text-lg font-semibold text-navy-900">
          Browse
        </h2>
        <ul className="grid gap-3 md:grid-cols-3">
          {BROWSE.map(({ href, title, body, icon: Icon }) => (
            <li key={href}>
              <Link href={href} className="flex h-full gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-navy-300 hover:bg-navy-50">
                <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-navy-600" />
                <span>
                  <span className="block font-semibold text-navy-900">{title}</span>
                  <span className="mt-1 block text-sm text-slate-700">{body}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <SectionCard
        id="export-heading"
        title={canManage ? "Export and import" : "Export"}
        description="The whole framework — competencies with their level descriptors, roles with activities and required levels, posts with their roles — as one JSON file or as CSV sheets."
      >
        <div className="space-y-4">
          <div className="flex flex-wrap gap-2">
            <a href={exportHref(JSON_EXPORT_FILE)} download className={PRIMARY_BUTTON}>
              <Download aria-hidden="true" className="size-4" /> Export as JSON
            </a>
            {canManage ? (
              <Link href={IMPORT_HREF} className={SECONDARY_BUTTON}>
                <FileUp aria-hidden="true" className="size-4" /> Import a file
              </Link>
            ) : null}
          </div>
          <div>
            <h3 className="text-sm font-semibold text-slate-800">CSV sheets</h3>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
              {EXPORT_FILES.filter((file) => file !== JSON_EXPORT_FILE).map((file) => (
                <li key={file}>
                  <a href={exportHref(file)} download className={`inline-flex min-h-11 items-center gap-1 ${TEXT_LINK}`}>
                    <Download aria-hidden="true" className="size-4" /> {file}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </SectionCard>

      <SectionCard id="versions-heading" title="Versions" description="A superseded version stays readable: its competencies, descriptors and what officials earned on them.">
        <ul className="divide-y divide-slate-200">
          {overview.versions.map((version) => (
            <li key={version.code} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-navy-900">{version.name}</span>
                  <VersionBadge status={version.status} />
                </p>
                <p className="text-sm text-slate-700">
                  {version.code} · {formatCount(version.competencies)} competencies · from{" "}
                  <time dateTime={isoDate(version.activatedAt)}>{formatDate(version.activatedAt)}</time>
                  {version.supersededAt ? (
                    <>
                      {" "}
                      to <time dateTime={isoDate(version.supersededAt)}>{formatDate(version.supersededAt)}</time>
                    </>
                  ) : null}
                </p>
              </div>
              <Link href={listHref(COMPETENCIES_HREF, { version: version.code })} className={`inline-flex min-h-11 shrink-0 items-center text-sm ${TEXT_LINK}`}>
                Browse {version.code} competencies
              </Link>
            </li>
          ))}
        </ul>
      </SectionCard>
    </div>
  );
}
