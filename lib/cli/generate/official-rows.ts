// Turns one official and their history into binary COPY rows for every table the officials' stage
// fills: the user and their role grants, enrolments and lesson progress, certificates, ratings,
// passbook evidence and the held levels it implies, self-assessments, the xAPI learning record,
// Karma Points and learning time per day, week and month. Pure apart from the sinks it writes to.
import type { Role } from "../../generated/prisma/client";
import { heldLevels, type Evidence } from "../../domain/competency/held-level";
import { CERTIFICATE_CODE_RANDOM_BYTES, createCertificateCode } from "../../domain/learning/certificate-code";
import { karmaFor } from "../../domain/learning/karma-points";
import { encoded, uuidBytes } from "./binary-copy";
import type { RowSinks } from "./bulk-tables";
import { monthStartOf, weekStartOf } from "./calendar";
import type { HistoryCourse, OfficialHistory } from "./learning-history";
import type { PlannedOfficial } from "./officials";
import type { IdSequence } from "./uuid7";

const VERB_REGISTERED = encoded("http://adlnet.gov/expapi/verbs/registered");
const VERB_COMPLETED = encoded("http://adlnet.gov/expapi/verbs/completed");
const CONTEXT_START = encoded('{"courseId": "');
const CONTEXT_MIDDLE = encoded('", "registration": "');
const CONTEXT_END = encoded('"}');
const COURSE_RESULT = encoded('{"success": true, "completion": true}');
const ENDORSEMENT = encoded("Observed during the annual performance review.");
const SELF_NOTE = encoded("Self-assessment against the FRAC competency dictionary.");

// Labels (enum values, rules, object types) are encoded once each.
const labels = new Map<string, Uint8Array>();
function label(text: string): Uint8Array {
  let bytes = labels.get(text);
  if (!bytes) labels.set(text, (bytes = encoded(text)));
  return bytes;
}

export type CatalogueRefs = {
  competencyIds: readonly string[];
  courseIds: readonly string[];
  courseLessonIds: readonly (readonly string[])[];
  /** What a completion's passbook entry says, per course. */
  courseEvidence: readonly string[];
  courseCompetencies: readonly (readonly { competency: number; level: number }[])[];
  courses: readonly HistoryCourse[];
};

/** The same, with every id and text the rows repeat encoded once. */
export type EncodedCatalogueRefs = CatalogueRefs & {
  competencyIdBytes: readonly Uint8Array[];
  courseIdBytes: readonly Uint8Array[];
  courseIdText: readonly Uint8Array[];
  lessonIdBytes: readonly (readonly Uint8Array[])[];
  lessonIdText: readonly (readonly Uint8Array[])[];
  courseEvidenceText: readonly Uint8Array[];
};

export function encodeCatalogueRefs(refs: CatalogueRefs): EncodedCatalogueRefs {
  return {
    ...refs,
    competencyIdBytes: refs.competencyIds.map(uuidBytes),
    courseIdBytes: refs.courseIds.map(uuidBytes),
    courseIdText: refs.courseIds.map(encoded),
    lessonIdBytes: refs.courseLessonIds.map((ids) => ids.map(uuidBytes)),
    lessonIdText: refs.courseLessonIds.map((ids) => ids.map(encoded)),
    courseEvidenceText: refs.courseEvidence.map(encoded),
  };
}

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

export function writeOfficialRows(record: OfficialRecord, refs: EncodedCatalogueRefs, ids: RowIds, sinks: RowSinks, random: () => number): OfficialTotals {
  const { official, history } = record;
  const user = uuidBytes(record.userId);
  const supervisor = record.reportingOfficerId === null ? null : uuidBytes(record.reportingOfficerId);
  let karma = 0;
  for (const enrolment of history.enrolments) {
    if (enrolment.status !== "COMPLETED") continue;
    karma += karmaFor("COURSE_COMPLETED");
    if (enrolment.rating) karma += karmaFor("COURSE_RATED");
  }

  sinks.user.row(18).id(user).text(official.email).text(official.name).text(record.passwordHash).text(official.employeeCode)
    .bytes(label(official.designation)).bytes(label(official.group)).bytes(label(official.serviceCadre)).uuid(record.organisationId).uuid(record.positionId)
    .id(supervisor).bytes(label(official.isActive ? "ACTIVE" : "SUSPENDED")).bytes(label(official.preferredLanguage)).int4(0).int4(karma)
    .timestamp(history.lastActiveAt).timestamp(record.createdAt).timestamp(record.createdAt);
  for (const grant of record.roles) {
    sinks.userRole.row(6).uuid(ids.userRole.next()).id(user).bytes(label(grant.role)).uuid(grant.organisationId).uuid(grant.providerId).timestamp(record.createdAt);
  }

  const evidence: (Evidence & { awardedAt: number })[] = [];
  let completions = 0;
  for (const enrolment of history.enrolments) {
    const enrolmentId = ids.enrolment.next();
    const enrolmentBytes = uuidBytes(enrolmentId);
    const courseId = refs.courseIdBytes[enrolment.course] as Uint8Array;
    const courseText = refs.courseIdText[enrolment.course] as Uint8Array;
    const course = refs.courses[enrolment.course] as HistoryCourse;
    const lessonIds = refs.lessonIdBytes[enrolment.course] as readonly Uint8Array[];
    const lessonTexts = refs.lessonIdText[enrolment.course] as readonly Uint8Array[];
    const done = enrolment.lessons.reduce((count, lesson) => count + (lesson.status === "COMPLETED" ? 1 : 0), 0);
    sinks.enrolment.row(12).id(enrolmentBytes).id(user).id(courseId).bytes(label(enrolment.source))
      .id(enrolment.source === "ASSIGNED" ? supervisor : null).timestamp(enrolment.dueAt).bytes(label(enrolment.status))
      .int2(Math.round((done / Math.max(1, lessonIds.length)) * 100)).timestamp(enrolment.enrolledAt).timestamp(enrolment.startedAt)
      .timestamp(enrolment.completedAt).timestamp(enrolment.lastAccessedAt);
    const registration = encoded(enrolmentId);
    const context = [CONTEXT_START, courseText, CONTEXT_MIDDLE, registration, CONTEXT_END];
    sinks.learningRecord.row(8).int8(ids.learningRecord.next++).id(user).bytes(VERB_REGISTERED).bytes(label("Course")).bytes(courseText).null()
      .jsonbParts(...context).timestamp(enrolment.enrolledAt);

    for (const lesson of enrolment.lessons) {
      const type = course.lessonTypes[lesson.lesson];
      const duration = course.lessonSeconds[lesson.lesson] ?? 0;
      const isDone = lesson.status === "COMPLETED";
      const position = isDone ? duration : Math.min(duration, lesson.seconds);
      sinks.lessonProgress.row(12).id(enrolmentBytes).id(lessonIds[lesson.lesson] ?? null).id(user).bytes(label(lesson.status)).int4(position).int4(lesson.seconds)
        .int4(type === "VIDEO" ? position : 0).timestamp(type === "VIDEO" || type === "TEXT" ? lesson.updatedAt : null)
        .timestamp(type === "LINK" ? lesson.startedAt : null).timestamp(lesson.startedAt).timestamp(lesson.completedAt).timestamp(lesson.updatedAt);
      if (isDone) {
        sinks.learningRecord.row(8).int8(ids.learningRecord.next++).id(user).bytes(VERB_COMPLETED).bytes(label("Lesson")).bytes(lessonTexts[lesson.lesson] ?? null)
          .jsonb(`{"duration": "PT${lesson.seconds}S", "completion": true}`).jsonbParts(...context).timestamp(lesson.completedAt);
      }
    }

    if (enrolment.status === "COMPLETED" && enrolment.completedAt !== null) {
      completions++;
      const code = certificateCodeFor(ids.certificate.count, random);
      sinks.certificate.row(6).uuid(ids.certificate.next()).id(enrolmentBytes).id(user).id(courseId).text(code).timestamp(enrolment.completedAt);
      sinks.learningRecord.row(8).int8(ids.learningRecord.next++).id(user).bytes(VERB_COMPLETED).bytes(label("Course")).bytes(courseText)
        .jsonbParts(COURSE_RESULT).jsonbParts(...context).timestamp(enrolment.completedAt);
      sinks.karmaAward.row(7).uuid(ids.karmaAward.next()).id(user).bytes(label("COURSE_COMPLETED")).int4(karmaFor("COURSE_COMPLETED")).bytes(label("Course"))
        .bytes(courseText).timestamp(enrolment.completedAt);
      const evidenceText = refs.courseEvidenceText[enrolment.course] ?? null;
      const codeText = encoded(code);
      for (const { competency, level } of refs.courseCompetencies[enrolment.course] ?? []) {
        sinks.passbookEntry.row(12).uuid(ids.passbookEntry.next()).id(user).id(refs.competencyIdBytes[competency] ?? null).int2(level).bytes(label("COURSE"))
          .bytes(evidenceText).bytes(codeText).null().timestamp(enrolment.completedAt).null().null().null();
        evidence.push({ competencyId: String(competency), level, source: "COURSE", awardedAt: enrolment.completedAt });
      }
      if (enrolment.rating) {
        const { rating, review, at } = enrolment.rating;
        sinks.courseRating.row(7).uuid(ids.courseRating.next()).id(user).id(courseId).int2(rating).text(review).timestamp(at).timestamp(at);
        sinks.karmaAward.row(7).uuid(ids.karmaAward.next()).id(user).bytes(label("COURSE_RATED")).int4(karmaFor("COURSE_RATED")).bytes(label("Course"))
          .bytes(courseText).timestamp(at);
      }
    }
  }

  for (const endorsement of history.endorsements) {
    if (!supervisor) continue;
    const revoked = endorsement.revokedAt !== null;
    sinks.passbookEntry.row(12).uuid(ids.passbookEntry.next()).id(user).id(refs.competencyIdBytes[endorsement.competency] ?? null).int2(endorsement.level)
      .bytes(label("SUPERVISOR")).bytes(ENDORSEMENT).null().id(supervisor).timestamp(endorsement.at)
      .timestamp(endorsement.revokedAt).id(revoked ? supervisor : null).bytes(revoked ? label("Endorsed in error.") : null);
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
    sinks.officialCompetency.row(4).id(user).id(refs.competencyIdBytes[competency] ?? null).int2(held.get(String(competency)) ?? 0)
      .timestamp(latest.get(String(competency)) ?? record.createdAt);
  }
  for (const rating of [...history.selfRatings].sort((a, b) => a.competency - b.competency)) {
    const reviewer = rating.isReviewed ? supervisor : null;
    sinks.selfAssessment.row(7).id(user).id(refs.competencyIdBytes[rating.competency] ?? null).int2(rating.level)
      .bytes(SELF_NOTE).timestamp(rating.at).timestamp(reviewer ? rating.at + 7 * 86_400_000 : null).id(reviewer);
  }

  const weeks = new Map<number, [number, number]>();
  const months = new Map<number, [number, number]>();
  for (const { day, seconds, linked } of history.days) {
    sinks.learningTimeDaily.row(4).id(user).date(day).int4(seconds).int4(linked);
    for (const [totals, start] of [[weeks, weekStartOf(day)], [months, monthStartOf(day)]] as const) {
      const sum = totals.get(start);
      if (sum) {
        sum[0] += seconds;
        sum[1] += linked;
      } else totals.set(start, [seconds, linked]);
    }
  }
  for (const [start, [seconds, linked]] of weeks) sinks.learningTimeWeekly.row(4).id(user).date(start).int4(seconds).int4(linked);
  for (const [start, [seconds, linked]] of months) sinks.learningTimeMonthly.row(4).id(user).date(start).int4(seconds).int4(linked);
  return { enrolments: history.enrolments.length, completions, karma };
}

/** The roles a generated official holds: a learner, like every official. */
export const LEARNER_ROLE: readonly { role: Role; organisationId: null; providerId: null }[] = [{ role: "LEARNER", organisationId: null, providerId: null }];
