import "server-only";
import { cache } from "react";
import { parseCourseDraft } from "@/lib/domain/studio/course-draft";
import { diffCourseDrafts } from "@/lib/domain/studio/version-diff";
import { db } from "@/lib/server/db";

export type CourseUpdates = {
  fromVersion: number;
  toVersion: number;
  /** Lesson titles, in course order where the version says. */
  added: string[];
  changed: string[];
  removed: string[];
};

/**
 * What changed in a course since the enrolled official last opened it (Enrolment.seenVersion),
 * or null when nothing did (or they are not enrolled). Compared from the two versions' documents
 * when both exist; otherwise from the live lessons' addedInVersion / changedInVersion, which
 * cannot name removed lessons.
 */
export const getCourseUpdates = cache(async (userId: string, courseId: string): Promise<CourseUpdates | null> => {
  const enrolment = await db.enrolment.findUnique({
    where: { userId_courseId: { userId, courseId } },
    select: { status: true, seenVersion: true, course: { select: { version: true } } },
  });
  if (!enrolment || enrolment.status === "WITHDRAWN" || enrolment.seenVersion >= enrolment.course.version) return null;
  const fromVersion = enrolment.seenVersion;
  const toVersion = enrolment.course.version;

  const revisions = await db.courseRevision.findMany({
    where: { courseId, number: { in: [fromVersion, toVersion] } },
    select: { number: true, content: true },
  });
  const before = parseCourseDraft(revisions.find((revision) => revision.number === fromVersion)?.content);
  const after = parseCourseDraft(revisions.find((revision) => revision.number === toVersion)?.content);
  if (before && after) {
    const { lessons } = diffCourseDrafts(before, after);
    const titles = (refs: { title: string }[]) => refs.map((ref) => ref.title);
    return { fromVersion, toVersion, added: titles(lessons.added), changed: titles(lessons.changed), removed: titles(lessons.removed) };
  }

  const live = await db.lesson.findMany({
    where: { courseId, archivedAt: null, module: { archivedAt: null }, changedInVersion: { gt: fromVersion } },
    orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
    select: { title: true, addedInVersion: true },
  });
  return {
    fromVersion,
    toVersion,
    added: live.filter((lesson) => lesson.addedInVersion > fromVersion).map((lesson) => lesson.title),
    changed: live.filter((lesson) => lesson.addedInVersion <= fromVersion).map((lesson) => lesson.title),
    removed: [],
  };
});
