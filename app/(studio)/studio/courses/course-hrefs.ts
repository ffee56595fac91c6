// Studio course routes, in one place so the course list, the tabs and the editor agree.
export const STUDIO_HREF = "/studio";
export const NEW_COURSE_HREF = "/studio/courses/new";

export const COURSE_TABS = ["content", "questions", "versions", "batches", "insights", "preview"] as const;
export type CourseTab = (typeof COURSE_TABS)[number];

export function studioCourseHref(courseId: string, tab: CourseTab = "content"): string {
  const base = `/studio/courses/${encodeURIComponent(courseId)}`;
  return tab === "content" ? base : `${base}/${tab}`;
}

/** The preview of one version (a reviewer's, or an author's look at an older one). */
export function coursePreviewHref(courseId: string, options: { revisionId?: string; lessonKey?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.revisionId) params.set("revision", options.revisionId);
  if (options.lessonKey) params.set("lesson", options.lessonKey);
  const query = params.toString();
  return `${studioCourseHref(courseId, "preview")}${query ? `?${query}` : ""}`;
}
