import "server-only";
import { db } from "@/lib/server/db";

/**
 * Records that the official has seen the course's current version, so "what changed" is not
 * shown again. Only ever moves seenVersion forward; an official not enrolled changes nothing.
 */
export async function markCourseVersionSeen(input: { userId: string; courseId: string }): Promise<void> {
  await db.$executeRaw`
    UPDATE "Enrolment" e SET "seenVersion" = c."version"
    FROM "Course" c
    WHERE c."id" = e."courseId" AND e."userId" = ${input.userId}::uuid AND e."courseId" = ${input.courseId}::uuid
      AND e."seenVersion" < c."version"`;
}
