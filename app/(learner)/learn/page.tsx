import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertTriangle, Award, BookOpen, CheckCircle2, CircleDashed, Search } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getLearnerHome } from "@/lib/server/learner/get-learner-home";
import { formatCount } from "@/lib/domain/format-count";
import { CATALOGUE_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { EnrolmentCard } from "./enrolment-card";

export const metadata: Metadata = { title: "My learning" };

const CATALOGUE_LINK =
  "inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700";

export default async function LearnerHomePage() {
  const user = await requirePermission("learning:own");
  const home = await getLearnerHome(user.id);
  if (!home) notFound();

  const { official, counts, openEnrolments, completedEnrolments } = home;
  const now = new Date();
  const hasAny = openEnrolments.length + completedEnrolments.length > 0;
  const placement = [official.designation, official.organisationName, official.parentOrganisationName].filter(Boolean).join(" · ");

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="My learning"
        title={`Welcome, ${official.name}`}
        description={placement || "Your organisation has not been recorded yet."}
        actions={
          <Link href={CATALOGUE_HREF} className={CATALOGUE_LINK}>
            <Search aria-hidden="true" className="size-4" /> Browse courses
          </Link>
        }
      />

      <StatGrid label="Your learning at a glance">
        <StatCard label="In progress" value={counts.inProgress} icon={<BookOpen className="size-4" />} />
        <StatCard label="Not started" value={counts.notStarted} icon={<CircleDashed className="size-4" />} />
        <StatCard label="Completed" value={counts.completed} icon={<CheckCircle2 className="size-4" />} />
        <StatCard label="Certificates" value={counts.certificates} icon={<Award className="size-4" />} />
      </StatGrid>

      {counts.overdue > 0 ? (
        <p className="flex items-start gap-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong>
              {formatCount(counts.overdue)} {counts.overdue === 1 ? "course is" : "courses are"} past the due date.
            </strong>{" "}
            They are listed first below.
          </span>
        </p>
      ) : null}

      {!hasAny ? (
        <EmptyState
          title="You are not enrolled in any course yet"
          icon={<BookOpen className="size-10" />}
          action={
            <Link href={CATALOGUE_HREF} className={CATALOGUE_LINK}>
              <Search aria-hidden="true" className="size-4" /> Find a course
            </Link>
          }
        >
          Courses your organisation assigns to you will appear here with their due dates. Meanwhile, browse the
          catalogue for courses on the competencies your role needs.
        </EmptyState>
      ) : null}

      {openEnrolments.length > 0 ? (
        <SectionCard id="open-courses" title="Continue learning" description="Overdue and soonest due first.">
          <ul className="grid gap-3 lg:grid-cols-2">
            {openEnrolments.map((enrolment) => (
              <li key={enrolment.id}>
                <EnrolmentCard enrolment={enrolment} now={now} />
              </li>
            ))}
          </ul>
        </SectionCard>
      ) : hasAny ? (
        <EmptyState title="Nothing in progress" icon={<CheckCircle2 className="size-10" />}>
          You have finished every course you enrolled in. Well done.{" "}
          <Link href={CATALOGUE_HREF} className="font-semibold text-navy-700 underline">
            Find your next course
          </Link>
          .
        </EmptyState>
      ) : null}

      {completedEnrolments.length > 0 ? (
        <SectionCard id="completed-courses" title="Recently completed">
          <ul className="grid gap-3 lg:grid-cols-2">
            {completedEnrolments.map((enrolment) => (
              <li key={enrolment.id}>
                <EnrolmentCard enrolment={enrolment} now={now} />
              </li>
            ))}
          </ul>
        </SectionCard>
      ) : null}
    </div>
  );
}
