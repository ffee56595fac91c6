import "server-only";
import { normaliseCertificateCode } from "@/lib/domain/learning/certificate-code";
import { db } from "@/lib/server/db";

export type CertificateKind = "COURSE" | "PROGRAMME";

export type OwnCertificate = {
  kind: CertificateKind;
  code: string;
  holderName: string;
  designation: string | null;
  organisationName: string | null;
  /** The course's title, or the programme's. */
  title: string;
  /** The course version it was earned on; null for a programme, which has no versions. */
  courseVersion: number | null;
  providerName: string;
  /** The course's duration, or the sum of the programme's courses. */
  durationMinutes: number;
  issuedAt: Date;
  revokedAt: Date | null;
  competencies: { name: string; level: number }[];
  /** A programme's courses in order; empty for a course certificate. */
  courseTitles: string[];
};

const holderSelect = { select: { name: true, designation: true, organisation: { select: { name: true } } } } as const;
const competencySelect = {
  select: { level: true, competency: { select: { name: true } } },
  orderBy: { competency: { name: "asc" } },
} as const;

/**
 * A certificate for its holder to view and print, for a course or a programme (the two share one
 * code space). Scoped by owner: another official's code reads as not found here (anyone may still
 * check it at /verify, which shows far less).
 */
export async function getOwnCertificate(input: { userId: string; code: string }): Promise<OwnCertificate | null> {
  const code = normaliseCertificateCode(input.code);
  if (!code) return null;
  const certificate = await db.certificate.findFirst({
    where: { code, userId: input.userId },
    select: {
      code: true,
      courseVersion: true,
      issuedAt: true,
      revokedAt: true,
      user: holderSelect,
      course: {
        select: { title: true, durationMinutes: true, provider: { select: { name: true } }, competencies: competencySelect },
      },
    },
  });
  if (!certificate) return getOwnProgrammeCertificate({ userId: input.userId, code });
  const { user, course } = certificate;
  return {
    kind: "COURSE",
    code: certificate.code,
    holderName: user.name,
    designation: user.designation,
    organisationName: user.organisation?.name ?? null,
    title: course.title,
    courseVersion: certificate.courseVersion,
    providerName: course.provider.name,
    durationMinutes: course.durationMinutes,
    issuedAt: certificate.issuedAt,
    revokedAt: certificate.revokedAt,
    competencies: course.competencies.map((row) => ({ name: row.competency.name, level: row.level })),
    courseTitles: [],
  };
}

async function getOwnProgrammeCertificate(input: { userId: string; code: string }): Promise<OwnCertificate | null> {
  const certificate = await db.programmeCertificate.findFirst({
    where: { code: input.code, userId: input.userId },
    select: {
      code: true,
      issuedAt: true,
      revokedAt: true,
      user: holderSelect,
      programme: {
        select: {
          title: true,
          provider: { select: { name: true } },
          competencies: competencySelect,
          courses: { select: { course: { select: { title: true, durationMinutes: true } } }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  if (!certificate) return null;
  const { user, programme } = certificate;
  return {
    kind: "PROGRAMME",
    code: certificate.code,
    holderName: user.name,
    designation: user.designation,
    organisationName: user.organisation?.name ?? null,
    title: programme.title,
    courseVersion: null,
    providerName: programme.provider.name,
    durationMinutes: programme.courses.reduce((sum, row) => sum + row.course.durationMinutes, 0),
    issuedAt: certificate.issuedAt,
    revokedAt: certificate.revokedAt,
    competencies: programme.competencies.map((row) => ({ name: row.competency.name, level: row.level })),
    courseTitles: programme.courses.map((row) => row.course.title),
  };
}
