// Turns one official and their history into COPY lines for every table the officials' stage
// fills: the user and their role grants, enrolments and lesson progress, certificates, ratings,
// passbook evidence and the held levels it implies, self-assessments, the xAPI learning record,
// Karma Points and learning time per day, week and month. Pure apart from the sinks it writes to.
import type { Role } from "../../generated/prisma/client";
import { heldLevels, type Evidence } from "../../domain/competency/held-level";
import { CERTIFICATE_CODE_RANDOM_BYTES, createCertificateCode } from "../../domain/learning/certificate-code";
import { karmaFor } from "../../domain/learning/karma-points";
import { isoDay, monthStartOf, weekStartOf } from "./calendar";
import type { RowSinks } from "./bulk-tables";
import { COPY_NULL, copyText, copyTimestamp } from "./copy-text";
import type { HistoryCourse, OfficialHistory } from "./learning-history";
import type { PlannedOfficial } from "./officials";
import type { IdSequence } from "./uuid7";

const VERB = {
  registered: "http://adlnet.gov/expapi/verbs/registered",
  completed: "http://adlnet.gov/expapi/verbs/completed",
} as const;

export type CatalogueRefs = {
  competencyIds: readonly string[];
  courseIds: readonly string[];
  courseLessonIds: readonly (readonly string[])[];
  /** What a completion's passbook entry says, per course. */
  courseEvidence: readonly string[];
  courseCompetencies: readonly (readonly { competency: number; level: number }[])[];
  courses: readonly HistoryCourse[];
};

export type RowIds = {
  userRole: IdSequence;
  enrolment: IdSequence;
  certificate: IdSequence;
  passbookEntry: IdSequence;
  courseRating: IdSequence;
  karmaAward: IdSequence;
  /** LearningRecord ids are a bigint sequence: the next one to use. */
  learningRecord: { next: number };
};

export type OfficialRecord = {
  userId: string;
  official: PlannedOfficial;
  organisationId: string | null;
  positionId: string | null;
  reportingOfficerId: string | null;
  passwordHash: string | null;
  createdAt: number;
  roles: readonly { role: Role; organisationId: string | null; providerId: string | null }[];
  history: OfficialHistory;
};

export type OfficialTotals = { enrolments: number; completions: number; karma: number };

/** A certificate code unique per serial: a bijective mix of the serial fills the first 32 of its 55 bits. */
export function certificateCodeFor(serial: number, random: () => number): string {
  const mixed = Math.imul((serial ^ 0x5bd1e995) >>> 0, 0x9e3779b1) >>> 0;
  const bytes = new Uint8Array(CERTIFICATE_CODE_RANDOM_BYTES);
  bytes[0] = mixed >>> 24;
  bytes[1] = (mixed >>> 16) & 0xff;
  bytes[2] = (mixed >>> 8) & 0xff;
  bytes[3] = mixed & 0xff;
  for (let i = 4; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return createCertificateCode(bytes);
}

export function writeOfficialRows(record: OfficialRecord, refs: CatalogueRefs, ids: RowIds, sinks: RowSinks, random: () => number): OfficialTotals {
  const { userId, official, history } = record;
  const t = copyTimestamp;
  let karma = 0;
  for (const enrolment of history.enrolments) {
    if (enrolment.status !== "COMPLETED") continue;
    karma += karmaFor("COURSE_COMPLETED");
    if (enrolment.rating) karma += karmaFor("COURSE_RATED");
  }

  sinks.user.push(
    `${userId}\t${copyText(official.email)}\t${copyText(official.name)}\t${copyText(record.passwordHash)}\t${copyText(official.employeeCode)}\t` +
      `${copyText(official.designation)}\t${official.group}\t${copyText(official.serviceCadre)}\t${record.organisationId ?? COPY_NULL}\t` +
      `${record.positionId ?? COPY_NULL}\t${record.reportingOfficerId ?? COPY_NULL}\t${official.isActive ? "ACTIVE" : "SUSPENDED"}\t` +
      `${official.preferredLanguage}\t0\t${karma}\t${t(history.lastActiveAt)}\t${t(record.createdAt)}\t${t(record.createdAt)}\n`,
  );
  for (const grant of record.roles) {
    sinks.userRole.push(`${ids.userRole.next()}\t${userId}\t${grant.role}\t${grant.organisationId ?? COPY_NULL}\t${grant.providerId ?? COPY_NULL}\t${t(record.createdAt)}\n`);
  }

  const evidence: (Evidence & { awardedAt: number })[] = [];
  let completions = 0;
  for (const enrolment of history.enrolments) {
    const enrolmentId = ids.enrolment.next();
    const courseId = refs.courseIds[enrolment.course] as string;
    const course = refs.courses[enrolment.course] as HistoryCourse;
    const lessonIds = refs.courseLessonIds[enrolment.course] as readonly string[];
    const done = enrolment.lessons.reduce((count, lesson) => count + (lesson.status === "COMPLETED" ? 1 : 0), 0);
    const progress = Math.round((done / Math.max(1, lessonIds.length)) * 100);
    sinks.enrolment.push(
      `${enrolmentId}\t${userId}\t${courseId}\t${enrolment.source}\t${enrolment.source === "ASSIGNED" ? (record.reportingOfficerId ?? COPY_NULL) : COPY_NULL}\t` +
        `${t(enrolment.dueAt)}\t${enrolment.status}\t${progress}\t${t(enrolment.enrolledAt)}\t${t(enrolment.startedAt)}\t${t(enrolment.completedAt)}\t${t(enrolment.lastAccessedAt)}\n`,
    );
    const context = `{"courseId": "${courseId}", "registration": "${enrolmentId}"}`;
    sinks.learningRecord.push(`${ids.learningRecord.next++}\t${userId}\t${VERB.registered}\tCourse\t${courseId}\t${COPY_NULL}\t${context}\t${t(enrolment.enrolledAt)}\n`);

    for (const lesson of enrolment.lessons) {
      const lessonId = lessonIds[lesson.lesson] as string;
      const type = course.lessonTypes[lesson.lesson];
      const duration = course.lessonSeconds[lesson.lesson] ?? 0;
      const isDone = lesson.status === "COMPLETED";
      const position = isDone ? duration : Math.min(duration, lesson.seconds);
      sinks.lessonProgress.push(
        `${enrolmentId}\t${lessonId}\t${userId}\t${lesson.status}\t${position}\t${lesson.seconds}\t${type === "VIDEO" ? position : 0}\t` +
          `${type === "VIDEO" || type === "TEXT" ? t(lesson.updatedAt) : COPY_NULL}\t${type === "LINK" ? t(lesson.startedAt) : COPY_NULL}\t` +
          `${t(lesson.startedAt)}\t${t(lesson.completedAt)}\t${t(lesson.updatedAt)}\n`,
      );
      if (isDone) {
        sinks.learningRecord.push(
          `${ids.learningRecord.next++}\t${userId}\t${VERB.completed}\tLesson\t${lessonId}\t{"duration": "PT${lesson.seconds}S", "completion": true}\t${context}\t${t(lesson.completedAt)}\n`,
        );
      }
    }

    if (enrolment.status === "COMPLETED" && enrolment.completedAt !== null) {
      completions++;
      const code = certificateCodeFor(ids.certificate.count, random);
      sinks.certificate.push(`${ids.certificate.next()}\t${enrolmentId}\t${userId}\t${courseId}\t${code}\t${t(enrolment.completedAt)}\n`);
      sinks.learningRecord.push(
        `${ids.learningRecord.next++}\t${userId}\t${VERB.completed}\tCourse\t${courseId}\t{"success": true, "completion": true}\t${context}\t${t(enrolment.completedAt)}\n`,
      );
      sinks.karmaAward.push(`${ids.karmaAward.next()}\t${userId}\tCOURSE_COMPLETED\t${karmaFor("COURSE_COMPLETED")}\tCourse\t${courseId}\t${t(enrolment.completedAt)}\n`);
      for (const { competency, level } of refs.courseCompetencies[enrolment.course] ?? []) {
        sinks.passbookEntry.push(
          `${ids.passbookEntry.next()}\t${userId}\t${refs.competencyIds[competency]}\t${level}\tCOURSE\t${copyText(refs.courseEvidence[enrolment.course] ?? "")}\t${code}\t${COPY_NULL}\t${t(enrolment.completedAt)}\t${COPY_NULL}\t${COPY_NULL}\t${COPY_NULL}\n`,
        );
        evidence.push({ competencyId: String(competency), level, source: "COURSE", awardedAt: enrolment.completedAt });
      }
      if (enrolment.rating) {
        const { rating, review, at } = enrolment.rating;
        sinks.courseRating.push(`${ids.courseRating.next()}\t${userId}\t${courseId}\t${rating}\t${copyText(review)}\t${t(at)}\t${t(at)}\n`);
        sinks.karmaAward.push(`${ids.karmaAward.next()}\t${userId}\tCOURSE_RATED\t${karmaFor("COURSE_RATED")}\tCourse\t${courseId}\t${t(at)}\n`);
      }
    }
  }

  for (const endorsement of history.endorsements) {
    const supervisor = record.reportingOfficerId;
    if (!supervisor) continue;
    const revoked = endorsement.revokedAt !== null;
    sinks.passbookEntry.push(
      `${ids.passbookEntry.next()}\t${userId}\t${refs.competencyIds[endorsement.competency]}\t${endorsement.level}\tSUPERVISOR\tObserved during the annual performance review.\t${COPY_NULL}\t` +
        `${supervisor}\t${t(endorsement.at)}\t${t(endorsement.revokedAt)}\t${revoked ? supervisor : COPY_NULL}\t${revoked ? "Endorsed in error." : COPY_NULL}\n`,
    );
    evidence.push({ competencyId: String(endorsement.competency), level: endorsement.level, source: "SUPERVISOR", revokedAt: revoked ? new Date(endorsement.revokedAt as number) : null, awardedAt: endorsement.at });
  }

  // The held level is the highest verified evidence that stands (lib/domain/competency/held-level.ts).
  const held = heldLevels(evidence);
  const latest = new Map<string, number>();
  for (const entry of evidence) {
    if (entry.revokedAt) continue;
    latest.set(entry.competencyId, Math.max(latest.get(entry.competencyId) ?? 0, entry.awardedAt));
  }
  for (const competency of [...held.keys()].map(Number).sort((a, b) => a - b)) {
    sinks.officialCompetency.push(`${userId}\t${refs.competencyIds[competency]}\t${held.get(String(competency))}\t${t(latest.get(String(competency)) ?? record.createdAt)}\n`);
  }
  for (const rating of [...history.selfRatings].sort((a, b) => a.competency - b.competency)) {
    const reviewer = rating.isReviewed ? record.reportingOfficerId : null;
    sinks.selfAssessment.push(
      `${userId}\t${refs.competencyIds[rating.competency]}\t${rating.level}\tSelf-assessment against the FRAC competency dictionary.\t${t(rating.at)}\t` +
        `${reviewer ? t(rating.at + 7 * 86_400_000) : COPY_NULL}\t${reviewer ?? COPY_NULL}\n`,
    );
  }

  const weeks = new Map<number, [number, number]>();
  const months = new Map<number, [number, number]>();
  for (const { day, seconds, linked } of history.days) {
    sinks.learningTimeDaily.push(`${userId}\t${isoDay(day)}\t${seconds}\t${linked}\n`);
    for (const [totals, start] of [[weeks, weekStartOf(day)], [months, monthStartOf(day)]] as const) {
      const sum = totals.get(start);
      if (sum) {
        sum[0] += seconds;
        sum[1] += linked;
      } else totals.set(start, [seconds, linked]);
    }
  }
  for (const [start, [seconds, linked]] of weeks) sinks.learningTimeWeekly.push(`${userId}\t${isoDay(start)}\t${seconds}\t${linked}\n`);
  for (const [start, [seconds, linked]] of months) sinks.learningTimeMonthly.push(`${userId}\t${isoDay(start)}\t${seconds}\t${linked}\n`);
  return { enrolments: history.enrolments.length, completions, karma };
}

/** The roles a generated official holds: a learner, like every official. */
export const LEARNER_ROLE: readonly { role: Role; organisationId: null; providerId: null }[] = [{ role: "LEARNER", organisationId: null, providerId: null }];
