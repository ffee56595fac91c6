import "server-only";
import { db, type DbTransaction } from "@/lib/server/db";

/** How often the worker copies the enrolment tallies into Course.enrolmentCount. */
export const ENROLMENT_ROLL_UP_SECONDS = 60;

/**
 * Copies each course's CourseEnrolmentTally rows (kept by triggers on every enrolment) into
 * Course.enrolmentCount, for the catalogue's counts and popularity order. Enrolments never touch
 * the Course row themselves, so thousands joining one course at once do not queue on it.
 * Returns how many courses changed.
 */
export async function rollUpEnrolmentCounts(client: DbTransaction = db): Promise<number> {
  const rows = await client.$queryRaw<{ changed: number }[]>`SELECT "roll_up_course_enrolments"() AS "changed"`;
  return rows[0]?.changed ?? 0;
}
