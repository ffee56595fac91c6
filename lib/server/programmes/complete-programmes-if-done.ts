import "server-only";
import { randomBytes } from "node:crypto";
import { CERTIFICATE_CODE_RANDOM_BYTES, createCertificateCode } from "@/lib/domain/learning/certificate-code";
import { mergeProgrammeIntoPassbook } from "@/lib/domain/studio/programme-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { raiseHeldLevels } from "@/lib/server/passbook/held-levels";

// 55 random bits make a clash vanishingly rare; a few retries only guard against bad luck.
const CODE_TRIES = 5;

export type CompletedProgramme = { programmeId: string; certificateCode: string };

/**
 * Completes every programme of the official whose courses are now all completed, in the
 * caller's transaction (a course completion, or a programme enrolment of someone who had
 * already finished its courses): marks the ProgrammeEnrolment completed, issues its
 * certificate and adds the programme's competencies to the passbook.
 *
 * Two completions of a programme's last two courses racing: each enrolment row is locked FOR
 * UPDATE before its courses are counted, so the second waits for the first to commit and then
 * (READ COMMITTED takes a fresh snapshot per statement) counts both courses — exactly one of
 * them sees the programme complete. Rows are locked in id order so two programmes shared by
 * both completions cannot deadlock; the completedAt-conditional update and the certificate's
 * unique programmeEnrolmentId keep it to one certificate whatever happens.
 */
export async function completeProgrammesIfDone(
  tx: Prisma.TransactionClient,
  input: { userId: string; courseId?: string; programmeId?: string; now: Date },
): Promise<CompletedProgramme[]> {
  const candidates = await tx.programmeEnrolment.findMany({
    where: {
      userId: input.userId,
      completedAt: null,
      ...(input.programmeId ? { programmeId: input.programmeId } : {}),
      ...(input.courseId ? { programme: { courses: { some: { courseId: input.courseId } } } } : {}),
    },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const completed: CompletedProgramme[] = [];
  for (const candidate of candidates) {
    const done = await completeOne(tx, { programmeEnrolmentId: candidate.id, now: input.now });
    if (done) completed.push(done);
  }
  return completed;
}

async function completeOne(tx: Prisma.TransactionClient, input: { programmeEnrolmentId: string; now: Date }): Promise<CompletedProgramme | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ProgrammeEnrolment" WHERE "id" = ${input.programmeEnrolmentId}::uuid AND "completedAt" IS NULL FOR UPDATE`;
  if (locked.length === 0) return null;

  const enrolment = await tx.programmeEnrolment.findUniqueOrThrow({
    where: { id: input.programmeEnrolmentId },
    select: {
      id: true,
      userId: true,
      programme: {
        select: {
          id: true,
          title: true,
          courses: { select: { courseId: true } },
          competencies: { select: { competencyId: true, level: true } },
        },
      },
    },
  });
  const { programme } = enrolment;
  const courseIds = programme.courses.map((course) => course.courseId);
  if (courseIds.length === 0) return null;
  const completedCourses = await tx.enrolment.count({
    where: { userId: enrolment.userId, courseId: { in: courseIds }, status: "COMPLETED" },
  });
  if (completedCourses < courseIds.length) return null;

  await tx.programmeEnrolment.update({ where: { id: enrolment.id }, data: { completedAt: input.now }, select: { id: true } });
  const certificate = await issueProgrammeCertificate(tx, { programmeEnrolmentId: enrolment.id, programmeId: programme.id, userId: enrolment.userId, now: input.now });
  await addProgrammeEvidence(tx, { userId: enrolment.userId, programme, certificateId: certificate.id, now: input.now });
  return { programmeId: programme.id, certificateCode: certificate.code };
}

async function issueProgrammeCertificate(
  tx: Prisma.TransactionClient,
  input: { programmeEnrolmentId: string; programmeId: string; userId: string; now: Date },
): Promise<{ id: string; code: string }> {
  for (let attempt = 0; attempt < CODE_TRIES; attempt++) {
    const code = createCertificateCode(randomBytes(CERTIFICATE_CODE_RANDOM_BYTES));
    // Course and programme certificates share /verify/<code>: a code held by either is taken.
    if ((await tx.certificate.count({ where: { code } })) > 0) continue;
    // ON CONFLICT DO NOTHING rather than catching P2002, which would abort the caller's transaction.
    const [created] = await tx.programmeCertificate.createManyAndReturn({
      data: [{ programmeEnrolmentId: input.programmeEnrolmentId, programmeId: input.programmeId, userId: input.userId, code, issuedAt: input.now }],
      skipDuplicates: true,
      select: { id: true, code: true },
    });
    if (created) return created;
    const existing = await tx.programmeCertificate.findUnique({ where: { programmeEnrolmentId: input.programmeEnrolmentId }, select: { id: true, code: true } });
    if (existing) return existing;
  }
  throw new Error(`Could not find a free certificate code for programme enrolment ${input.programmeEnrolmentId}.`);
}

async function addProgrammeEvidence(
  tx: Prisma.TransactionClient,
  input: { userId: string; programme: { id: string; title: string; competencies: { competencyId: string; level: number }[] }; certificateId: string; now: Date },
): Promise<void> {
  const { competencies } = input.programme;
  if (competencies.length === 0) return;
  const current = await tx.officialCompetency.findMany({
    where: { userId: input.userId, competencyId: { in: competencies.map((c) => c.competencyId) } },
    select: { competencyId: true, level: true },
  });
  const merge = mergeProgrammeIntoPassbook({
    currentLevels: new Map(current.map((row) => [row.competencyId, row.level])),
    programme: input.programme,
    competencies,
    certificateId: input.certificateId,
  });
  await tx.passbookEntry.createMany({ data: merge.entries.map((entry) => ({ ...entry, userId: input.userId, awardedAt: input.now })) });
  await raiseHeldLevels(tx, { userId: input.userId, levels: merge.changes.map((change) => ({ competencyId: change.competencyId, level: change.to })), now: input.now });
}
