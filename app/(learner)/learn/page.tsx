import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertTriangle, Award, BookMarked, BookOpen, CheckCircle2, ClipboardList, FileJson, Medal, Search, Sparkles } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getLearnerHome } from "@/lib/server/learner/get-learner-home";
import { getLearningTime } from "@/lib/server/learner/get-learning-time";
import { formatCount } from "@/lib/domain/format-count";
import { LEARNER_TABS, learnerTabHref, parseLearnerTab, type LearnerTab } from "@/lib/domain/learner-tabs";
import { CATALOGUE_HREF, LEADERBOARD_HREF, LEARNING_RECORD_HREF, PASSBOOK_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { StatCard, StatGrid } from "@/components/stat-card";
import { EnrolmentCard } from "./enrolment-card";
import { LearnerTabsNav } from "./learner-tabs-nav";
import { LearningTimeCard } from "./learning-time-card";

export const metadata: Metadata = { title: "My learning" };

const CATALOGUE_LINK =
  "inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700";
const QUICK_LINK =
  "flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50";

const EMPTY_TABS: Record<LearnerTab, { title: string; body: string }> = {
  "in-progress": {
    title: "Nothing in progress",
    body: "Courses you enrol in, and courses assigned to you, appear here until you complete them.",
  },
  assigned: {
    title: "Nothing assigned to you",
    body: "Courses your supervisor or your organisation's capacity building plan assigns to you appear here, with their due dates.",
  },
  completed: {
    title: "No completed courses yet",
    body: "Courses you complete appear here with their certificates. You can rate each one to help colleagues choose.",
  },
};

export default async function LearnerHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("learning:own");
  const tab = parseLearnerTab((await searchParams).tab);
  const [home, time] = await Promise.all([getLearnerHome(user.id, tab), getLearningTime(user.id)]);
  if (!home) notFound();

  const { official, counts, tabCounts, enrolments } = home;
  const now = new Date();
  const hasAny = tabCounts["in-progress"] + tabCounts.completed > 0;
  const placement = [official.designation, official.organisationName, official.parentOrganisationName].filter(Boolean).join(" · ");
  const tabLabel = LEARNER_TABS.find((candidate) => candidate.key === tab)?.label ?? "";

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
        <StatCard label="In progress" value={counts.inProgress + counts.notStarted} hint={`${formatCount(counts.notStarted)} not started yet`} icon={<BookOpen className="size-4" />} />
        <StatCard label="Completed" value={counts.completed} icon={<CheckCircle2 className="size-4" />} />
        <StatCard label="Certificates" value={counts.certificates} icon={<Award className="size-4" />} />
        <StatCard
          label="Karma points"
          value={official.karmaPoints}
          icon={<Sparkles className="size-4" />}
          hint={
            <Link href={LEADERBOARD_HREF} className="font-semibold text-navy-700 underline underline-offset-2">
              How you earned them
            </Link>
          }
        />
      </StatGrid>

      <LearningTimeCard time={time} />

      {counts.overdue > 0 ? (
        <p className="flex items-start gap-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong>
              {formatCount(counts.overdue)} {counts.overdue === 1 ? "course is" : "courses are"} past the due date.
            </strong>{" "}
            {tab === "completed" ? (
              <Link href={learnerTabHref("in-progress")} className="font-semibold underline">
                {counts.overdue === 1 ? "See it" : "See them"} in progress
              </Link>
            ) : (
              "They are listed first below."
            )}
          </span>
        </p>
      ) : null}

      {!hasAny && tabCounts.assigned === 0 ? (
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
      ) : (
        <section aria-labelledby="your-courses" className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="px-4 pt-3 sm:px-5">
            <h2 id="your-courses" className="text-lg font-semibold text-navy-900">
              Your courses <span className="sr-only">: {tabLabel}</span>
            </h2>
          </div>
          <div className="px-3 sm:px-5">
            <LearnerTabsNav current={tab} counts={tabCounts} />
          </div>
          <div className="p-3 sm:p-5">
            {enrolments.length > 0 ? (
              <ul className="grid gap-3 lg:grid-cols-2">
                {enrolments.map((enrolment) => (
                  <li key={enrolment.id}>
                    <EnrolmentCard enrolment={enrolment} now={now} />
                  </li>
                ))}
              </ul>
            ) : (
              <div className="rounded-lg border border-dashed border-slate-300 px-6 py-8 text-center">
                <div aria-hidden="true" className="mb-2 flex justify-center text-navy-600">
                  {tab === "assigned" ? <ClipboardList className="size-10" /> : <CheckCircle2 className="size-10" />}
                </div>
                <h3 className="text-lg font-semibold text-navy-900">{EMPTY_TABS[tab].title}</h3>
                <p className="mx-auto mt-2 max-w-prose text-slate-700">
                  {EMPTY_TABS[tab].body}{" "}
                  <Link href={CATALOGUE_HREF} className="font-semibold text-navy-700 underline">
                    Browse the catalogue
                  </Link>
                  .
                </p>
              </div>
            )}
          </div>
        </section>
      )}

      <nav aria-label="Your records">
        <ul className="grid gap-2 sm:grid-cols-3">
          <li>
            <Link href={PASSBOOK_HREF} className={QUICK_LINK}>
              <BookMarked aria-hidden="true" className="size-4" /> Competency passbook
            </Link>
          </li>
          <li>
            <Link href={LEADERBOARD_HREF} className={QUICK_LINK}>
              <Medal aria-hidden="true" className="size-4" /> Karma points and leaderboards
            </Link>
          </li>
          <li>
            <Link href={LEARNING_RECORD_HREF} className={QUICK_LINK}>
              <FileJson aria-hidden="true" className="size-4" /> Download your learning record
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
