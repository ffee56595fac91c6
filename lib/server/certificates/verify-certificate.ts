import "server-only";
import { normaliseCertificateCode } from "@/lib/domain/learning/certificate-code";
import { db } from "@/lib/server/db";
import type { CertificateKind } from "./get-own-certificate";

export type CertificateVerification =
  | { status: "INVALID_CODE" }
  | { status: "NOT_FOUND"; code: string }
  | { status: "REVOKED"; kind: CertificateKind; code: string; courseTitle: string; revokedAt: Date }
  | { status: "VALID"; kind: CertificateKind; code: string; holderName: string; /** The course's title, or the programme's. */ courseTitle: string; /** Null for a programme certificate: programmes have no versions. */ courseVersion: number | null; providerName: string; issuedAt: Date };

/**
 * Public check of a typed or scanned code, for anyone without signing in. Returns only what a
 * verifier needs to match the paper in front of them — holder's name, course, provider, date —
 * never an email, employee code or organisation. A code failing its check character is reported
 * as a typo without touching the database.
 */
export async function verifyCertificate(input: { code: string }): Promise<CertificateVerification> {
  const code = normaliseCertificateCode(input.code);
  if (!code) return { status: "INVALID_CODE" };
  const certificate = await db.certificate.findUnique({
    where: { code },
    select: {
      issuedAt: true,
      courseVersion: true,
      revokedAt: true,
      user: { select: { name: true } },
      course: { select: { title: true, provider: { select: { name: true } } } },
    },
  });
  if (!certificate) return verifyProgrammeCertificate(code);
  if (certificate.revokedAt) return { status: "REVOKED", kind: "COURSE", code, courseTitle: certificate.course.title, revokedAt: certificate.revokedAt };
  return {
    status: "VALID",
    kind: "COURSE",
    code,
    holderName: certificate.user.name,
    courseTitle: certificate.course.title,
    courseVersion: certificate.courseVersion,
    providerName: certificate.course.provider.name,
    issuedAt: certificate.issuedAt,
  };
}

/** Programme certificates share the code space; the programme's title stands where a course's would. */
async function verifyProgrammeCertificate(code: string): Promise<CertificateVerification> {
  const certificate = await db.programmeCertificate.findUnique({
    where: { code },
    select: { issuedAt: true, revokedAt: true, user: { select: { name: true } }, programme: { select: { title: true, provider: { select: { name: true } } } } },
  });
  if (!certificate) return { status: "NOT_FOUND", code };
  if (certificate.revokedAt) return { status: "REVOKED", kind: "PROGRAMME", code, courseTitle: certificate.programme.title, revokedAt: certificate.revokedAt };
  return {
    status: "VALID",
    kind: "PROGRAMME",
    code,
    holderName: certificate.user.name,
    courseTitle: certificate.programme.title,
    courseVersion: null,
    providerName: certificate.programme.provider.name,
    issuedAt: certificate.issuedAt,
  };
}
