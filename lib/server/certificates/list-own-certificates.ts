import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { CertificateKind } from "./get-own-certificate";

// More than a career's worth; the list is the official's own and is not paged.
const LIST_LIMIT = 500;

export type OwnCertificateSummary = {
  kind: CertificateKind;
  code: string;
  /** The course's title, or the programme's. */
  title: string;
  providerName: string;
  /** Null for a programme, which has no versions. */
  courseVersion: number | null;
  issuedAt: Date;
  revokedAt: Date | null;
};

/**
 * The official's course and programme certificates, newest first. Revoked ones stay listed
 * (marked), so a holder can see why a code no longer verifies.
 */
export const listOwnCertificates = cache(async (userId: string): Promise<OwnCertificateSummary[]> => {
  const [courses, programmes] = await Promise.all([
    db.certificate.findMany({
      where: { userId },
      orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: { code: true, courseVersion: true, issuedAt: true, revokedAt: true, course: { select: { title: true, provider: { select: { name: true } } } } },
    }),
    db.programmeCertificate.findMany({
      where: { userId },
      orderBy: [{ issuedAt: "desc" }, { id: "asc" }],
      take: LIST_LIMIT,
      select: { code: true, issuedAt: true, revokedAt: true, programme: { select: { title: true, provider: { select: { name: true } } } } },
    }),
  ]);
  const rows: OwnCertificateSummary[] = [
    ...courses.map((row) => ({
      kind: "COURSE" as const,
      code: row.code,
      title: row.course.title,
      providerName: row.course.provider.name,
      courseVersion: row.courseVersion,
      issuedAt: row.issuedAt,
      revokedAt: row.revokedAt,
    })),
    ...programmes.map((row) => ({
      kind: "PROGRAMME" as const,
      code: row.code,
      title: row.programme.title,
      providerName: row.programme.provider.name,
      courseVersion: null,
      issuedAt: row.issuedAt,
      revokedAt: row.revokedAt,
    })),
  ];
  return rows.sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime() || a.code.localeCompare(b.code)).slice(0, LIST_LIMIT);
});
