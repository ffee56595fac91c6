// The framework area's paths, in one place so links and the navigation agree.

export const FRAMEWORK_HREF = "/framework";
export const COMPETENCIES_HREF = "/framework/competencies";
export const ROLES_HREF = "/framework/roles";
export const POSTS_HREF = "/framework/posts";
export const IMPORT_HREF = "/framework/import";

export const FRAMEWORK_SECTIONS = [
  { href: FRAMEWORK_HREF, label: "Overview", needsManage: false },
  { href: COMPETENCIES_HREF, label: "Competencies", needsManage: false },
  { href: ROLES_HREF, label: "FRAC roles", needsManage: false },
  { href: POSTS_HREF, label: "Posts", needsManage: false },
  { href: IMPORT_HREF, label: "Import", needsManage: true },
] as const;

export const competencyHref = (id: string) => `${COMPETENCIES_HREF}/${encodeURIComponent(id)}`;
export const roleHref = (id: string) => `${ROLES_HREF}/${encodeURIComponent(id)}`;
export const postHref = (id: string) => `${POSTS_HREF}/${encodeURIComponent(id)}`;
export const exportHref = (file: string) => `${FRAMEWORK_HREF}/export/${file}`;
