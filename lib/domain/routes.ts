// Links from the home pages into pages other parts of the app own; kept in one place so a
// renamed route is one edit.
export const CATALOGUE_HREF = "/learn/catalogue";

export function learnerCourseHref(slug: string): string {
  return `/learn/courses/${encodeURIComponent(slug)}`;
}
