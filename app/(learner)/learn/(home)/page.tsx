import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AlertTriangle, Award, BookMarked, BookOpen, CheckCircle2, ClipboardList, FileJson, Medal, Search, Sparkles } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getLearnerHome } from "@/lib/server/learner/get-learner-home";
import { getLearningTime } from "@/lib/server/learner/get-learning-time";
import { formatCount } from "@/lib/domain/format-count";
import { learnerTabHref, parseLearnerTab } from "@/lib/domain/learner-tabs";
import { CATALOGUE_HREF, CERTIFICATES_HREF, LEADERBOARD_HREF, LEARNING_RECORD_HREF, PASSBOOK_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { StatCard, StatGrid } from "@/components/stat-card";
import { EnrolmentCard } from "./enrolment-card";
import { LearnerTabsNav } from "./learner-tabs-nav";
import { LearningTimeCard } from "./learning-time-card";
import { PendingPlanCard } from "./pending-plan-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("metaTitle") };
}

const CATALOGUE_LINK =
  "inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700";
const QUICK_LINK =
  "flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50";

export default async function LearnerHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("learning:own");
  const tab = parseLearnerTab((await searchParams).tab);
  const [home, time, t] = await Promise.all([getLearnerHome(user.id, tab), getLearningTime(user.id), getTranslations("home")]);
  if (!home) notFound();

  const { official, counts, tabCounts, enrolments } = home;
  const pendingPlanCourses = tab === "assigned" ? home.pendingPlanCourses : [];
  const now = new Date();
  const hasAny = tabCounts["in-progress"] + tabCounts.completed > 0;
  const placement = [official.designation, official.organisationName, official.parentOrganisationName].filter(Boolean).join(" · ");
  const tabLabel = t(`tabs.${tab}`);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow={t("eyebrow")}
        title={t("welcome", { name: official.name })}
        description={placement || t("noOrganisation")}
        actions={
          <Link href={CATALOGUE_HREF} className={CATALOGUE_LINK}>
            <Search aria-hidden="true" className="size-4" /> {t("browseCourses")}
          </Link>
        }
      />

      <StatGrid label={t("stats.label")}>
        <StatCard
          label={t("stats.inProgress")}
          value={counts.inProgress + counts.notStarted}
          hint={t("stats.notStarted", { n: formatCount(counts.notStarted) })}
          icon={<BookOpen className="size-4" />}
        />
        <StatCard label={t("stats.completed")} value={counts.completed} icon={<CheckCircle2 className="size-4" />} />
        <StatCard
          label={t("stats.certificates")}
          value={counts.certificates}
          icon={<Award className="size-4" />}
          hint={
            <Link href={CERTIFICATES_HREF} className="font-semibold text-navy-700 underline underline-offset-2">
              {t("stats.seeCertificates")}
            </Link>
          }
        />
        <StatCard
          label={t("stats.karmaPoints")}
          value={official.karmaPoints}
          icon={<Sparkles className="size-4" />}
          hint={
            <Link href={LEADERBOARD_HREF} className="font-semibold text-navy-700 underline underline-offset-2">
              {t("stats.howEarned")}
            </Link>
          }
        />
      </StatGrid>

      <LearningTimeCard time={time} />

      {counts.overdue > 0 ? (
        <p className="flex items-start gap-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong>{t("overdue.summary", { count: counts.overdue, n: formatCount(counts.overdue) })}</strong>{" "}
            {tab === "completed" ? (
              <Link href={learnerTabHref("in-progress")} className="font-semibold underline">
                {counts.overdue === 1 ? t("overdue.seeOne") : t("overdue.seeMany")}
              </Link>
            ) : (
              t("overdue.listedFirst")
            )}
          </span>
        </p>
      ) : null}

      {!hasAny && tabCounts.assigned === 0 ? (
        <EmptyState
          title={t("empty.title")}
          icon={<BookOpen className="size-10" />}
          action={
            <Link href={CATALOGUE_HREF} className={CATALOGUE_LINK}>
              <Search aria-hidden="true" className="size-4" /> {t("empty.findCourse")}
            </Link>
          }
        >
          {t("empty.body")}
        </EmptyState>
      ) : (
        <section aria-labelledby="your-courses" className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="px-4 pt-3 sm:px-5">
            <h2 id="your-courses" className="text-lg font-semibold text-navy-900">
              {t("yourCourses")} <span className="sr-only">: {tabLabel}</span>
            </h2>
          </div>
          <div className="px-3 sm:px-5">
            <LearnerTabsNav current={tab} counts={tabCounts} />
          </div>
          <div className="space-y-4 p-3 sm:p-5">
            {pendingPlanCourses.length > 0 ? (
              <section aria-labelledby="pending-plan-courses">
                <h3 id="pending-plan-courses" className="mb-2 text-base font-semibold text-navy-900">
                  {t("pending.heading")}
                </h3>
                <ul className="grid gap-3 lg:grid-cols-2">
                  {pendingPlanCourses.map((course) => (
                    <li key={course.courseSlug}>
                      <PendingPlanCard course={course} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {enrolments.length > 0 ? (
              <ul className="grid gap-3 lg:grid-cols-2">
                {enrolments.map((enrolment) => (
                  <li key={enrolment.id}>
                    <EnrolmentCard enrolment={enrolment} now={now} />
                  </li>
                ))}
              </ul>
            ) : pendingPlanCourses.length > 0 ? null : (
              <div className="rounded-lg border border-dashed border-slate-300 px-6 py-8 text-center">
                <div aria-hidden="true" className="mb-2 flex justify-center text-navy-600">
                  {tab === "assigned" ? <ClipboardList className="size-10" /> : <CheckCircle2 className="size-10" />}
                </div>
                <h3 className="text-lg font-semibold text-navy-900">{t(`emptyTabs.${tab}.title`)}</h3>
                <p className="mx-auto mt-2 max-w-prose text-slate-700">
                  {t(`emptyTabs.${tab}.body`)}{" "}
                  {t.rich("browseCatalogue", {
                    link: (chunks) => (
                      <Link href={CATALOGUE_HREF} className="font-semibold text-navy-700 underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
              </div>
            )}
          </div>
        </section>
      )}

      <nav aria-label={t("records.label")}>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          <li>
            <Link href={PASSBOOK_HREF} className={QUICK_LINK}>
              <BookMarked aria-hidden="true" className="size-4" /> {t("records.passbook")}
            </Link>
          </li>
          <li>
            <Link href={CERTIFICATES_HREF} className={QUICK_LINK}>
              <Award aria-hidden="true" className="size-4" /> {t("records.certificates")}
            </Link>
          </li>
          <li>
            <Link href={LEADERBOARD_HREF} className={QUICK_LINK}>
              <Medal aria-hidden="true" className="size-4" /> {t("records.leaderboard")}
            </Link>
          </li>
          <li>
            <Link href={LEARNING_RECORD_HREF} className={QUICK_LINK}>
              <FileJson aria-hidden="true" className="size-4" /> {t("records.record")}
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
