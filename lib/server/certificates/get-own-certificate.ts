import "server-only";
import { normaliseCertificateCode } from "@/lib/domain/learning/certificate-code";
import { db } from "@/lib/server/db";

export type OwnCertificate = {
  code: string;
  holderName: string;
  designation: string | null;
  organisationName: string | null;
  courseTitle: string;
  /** The course version it was earned on. */
  courseVersion: number;
  providerName: string;
  durationMinutes: number;
  issuedAt: Date;
  revokedAt: Date | null;
  competencies: { name: string; level: number }[];
};

/**
 * A certificate for its holder to view and print. Scoped by owner: another official's code reads
 * as not found here (anyone may still check it at /verify, which shows far less).
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
      user: { select: { name: true, designation: true, organisation: { select: { name: true } } } },
      course: {
        select: {
          title: true,
          durationMinutes: true,
          provider: { select: { name: true } },
          competencies: { select: { level: true, competency: { select: { name: true } } }, orderBy: { competency: { name: "asc" } } },
        },
      },
    },
  });
  if (!certificate) return null;
  const { user, course } = certificate;
  return {
    code: certificate.code,
    holderName: user.name,
    designation: user.designation,
    organisationName: user.organisation?.name ?? null,
    courseTitle: course.title,
    courseVersion: certificate.courseVersion,
    providerName: course.provider.name,
    durationMinutes: course.durationMinutes,
    issuedAt: certificate.issuedAt,
    revokedAt: certificate.revokedAt,
    competencies: course.competencies.map((row) => ({ name: row.competency.name, level: row.level })),
  };
}
