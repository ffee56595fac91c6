export const STUDIO_PROGRAMMES_HREF = "/studio/programmes";
export const NEW_PROGRAMME_HREF = "/studio/programmes/new";
export const studioProgrammeHref = (programmeId: string) => `/studio/programmes/${programmeId}`;
export const learnerProgrammeHref = (slug: string) => `/learn/programmes/${slug}`;
