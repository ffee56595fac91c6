import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

export type GovernmentHeadlines = {
  officials: number;
  activeOfficials: number;
  publishedCourses: number;
  enrolments: number;
  completions: number;
  certificates: number;
  competencies: number;
  organisations: number;
};

type HeadlineRow = { [K in keyof GovernmentHeadlines]: bigint };

/**
 * Government-wide headline counts in one round trip. At national scale (millions of officials,
 * tens of millions of enrolments) these should move to maintained aggregate tables; the DTO
 * stays the same when they do.
 */
export const getGovernmentHeadlines = cache(async (): Promise<GovernmentHeadlines> => {
  const rows = await db.$queryRaw<HeadlineRow[]>`
    SELECT
      (SELECT count(*) FROM "User" WHERE "organisationId" IS NOT NULL) AS "officials",
      (SELECT count(*) FROM "User" WHERE "organisationId" IS NOT NULL AND status = 'ACTIVE') AS "activeOfficials",
      (SELECT count(*) FROM "Course" WHERE status = 'PUBLISHED') AS "publishedCourses",
      (SELECT count(*) FROM "Enrolment" WHERE status <> 'WITHDRAWN') AS "enrolments",
      (SELECT count(*) FROM "Enrolment" WHERE status = 'COMPLETED') AS "completions",
      (SELECT count(*) FROM "Certificate" WHERE "revokedAt" IS NULL) AS "certificates",
      (SELECT count(*) FROM "Competency") AS "competencies",
      (SELECT count(*) FROM "Organisation") AS "organisations"
  `;
  const row = rows[0];
  return {
    officials: Number(row?.officials ?? 0),
    activeOfficials: Number(row?.activeOfficials ?? 0),
    publishedCourses: Number(row?.publishedCourses ?? 0),
    enrolments: Number(row?.enrolments ?? 0),
    completions: Number(row?.completions ?? 0),
    certificates: Number(row?.certificates ?? 0),
    competencies: Number(row?.competencies ?? 0),
    organisations: Number(row?.organisations ?? 0),
  };
});
