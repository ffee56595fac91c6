import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { formatCount } from "@/lib/domain/format-count";
import { requirePermission } from "@/lib/server/auth/session";
import { getProgrammeForAuthor } from "@/lib/server/studio/programmes/get-programme-for-author";
import { getProgrammeFormOptions } from "@/lib/server/studio/programmes/get-programme-form-options";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { learnerProgrammeHref, STUDIO_PROGRAMMES_HREF, studioProgrammeHref } from "../hrefs";
import { ProgrammeForm } from "../programme-form";
import { ProgrammeStatusBadge } from "../programme-status-badge";
import { StatusForm } from "./status-form";
import { SECONDARY_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Programme" };

type PageProps = { params: Promise<{ programmeId: string }>; searchParams: Promise<{ saved?: string }> };

export default async function ProgrammePage({ params, searchParams }: PageProps) {
  const user = await requirePermission("course:author");
  const { programmeId } = await params;
  if (!z.uuid().safeParse(programmeId).success) notFound();
  const [programme, options, { saved }] = await Promise.all([getProgrammeForAuthor(user, programmeId), getProgrammeFormOptions(), searchParams]);
  if (!programme) notFound();
  const isDraft = programme.status === "DRAFT";

  return (
    <div className="space-y-6">
      <BackLink href={STUDIO_PROGRAMMES_HREF}>Programmes</BackLink>
      <PageHeading
        eyebrow="Programme"
        title={programme.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ProgrammeStatusBadge status={programme.status} /> {formatCount(programme.courses.length)} courses · {formatCount(programme.enrolled)} enrolled
          </span>
        }
        actions={
          programme.status === "PUBLISHED" ? (
            <Link href={learnerProgrammeHref(programme.slug)} className={SECONDARY_BUTTON}>
              View as a learner
            </Link>
          ) : null
        }
      />
      {saved ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-sm font-semibold text-green-900">
          Programme saved.
        </p>
      ) : null}

      {programme.status !== "ARCHIVED" ? (
        <SectionCard id="programme-status" title={isDraft ? "Publish" : "Archive"} description={isDraft ? "Learners can find and enrol in a published programme; its courses can no longer be changed." : "Archiving removes the programme from the catalogue. Enrolled learners keep their progress and certificates."}>
          <StatusForm programmeId={programme.id} status={isDraft ? "PUBLISHED" : "ARCHIVED"} />
        </SectionCard>
      ) : null}

      {isDraft ? (
        <ProgrammeForm
          values={{
            programmeId: programme.id,
            title: programme.title,
            summary: programme.summary,
            description: programme.description,
            thumbnailId: programme.thumbnailId,
            courseIds: programme.courses.map((course) => course.id),
            competencies: programme.competencies.map(({ competencyId, level }) => ({ competencyId, level })),
          }}
          options={options}
          cancelHref={studioProgrammeHref(programme.id)}
        />
      ) : (
        <>
          <SectionCard id="programme-summary-section" title="Summary">
            <p className="text-slate-800">{programme.summary}</p>
          </SectionCard>
          <SectionCard id="programme-courses-section" title="Courses, in order">
            <ol className="list-decimal space-y-1 pl-6">
              {programme.courses.map((course) => (
                <li key={course.id} className="text-slate-800">
                  {course.title} <span className="text-slate-600">— {course.providerName}</span>{" "}
                  {course.status !== "PUBLISHED" ? <StatusBadge tone="amber">No longer published</StatusBadge> : null}
                </li>
              ))}
            </ol>
          </SectionCard>
          <SectionCard id="programme-competencies-section" title="Competencies">
            {programme.competencies.length === 0 ? (
              <p className="text-slate-700">None listed.</p>
            ) : (
              <ul className="space-y-1">
                {programme.competencies.map((competency) => (
                  <li key={competency.competencyId} className="text-slate-800">
                    {competency.name}: level {competency.level}
                  </li>
                ))}
              </ul>
            )}
          </SectionCard>
        </>
      )}
    </div>
  );
}
