// COPY lines for the reference tables: organisations and their closure, the competency
// dictionary, FRAC roles and posts, providers, and the course catalogue with its batches.
import { DAY_MS, istInstant } from "./calendar";
import { COPY_NULL, copyText, copyTimestamp } from "./copy-text";
import { closureRows } from "./organisation-plan";
import { createRng } from "./rng";
import { idSequence, type World } from "./world";

export type ReferenceTable = { table: string; columns: string[]; lines: string[] };

export function referenceRows(world: World, frameworkId: string): ReferenceTable[] {
  const { organisations, organisationIds, dictionary, competencyIds, roleIds, positions, positionIds, catalogue, providerIds, courseIds, moduleIds, refs } = world;
  const seed = world.options.seed;
  const at = copyTimestamp(world.setUpAt);
  const text = copyText;
  const table = (name: string, columns: string[], lines: string[]): ReferenceTable => ({ table: name, columns, lines });
  const organisationByCode = new Map(organisations.map((organisation) => [organisation.code, organisation.index]));

  const activitySequence = idSequence("activity", seed, world.setUpAt);
  const activities: string[] = [];
  const activityCompetencies: string[] = [];
  dictionary.roles.forEach((role, roleIndex) => {
    role.activities.forEach((activity, position) => {
      const id = activitySequence.next();
      activities.push(`${id}\t${roleIds[roleIndex]}\t${position + 1}\t${text(activity.description)}\n`);
      for (const code of new Set(activity.competencyCodes)) activityCompetencies.push(`${id}\t${competencyIds[world.competencyIndex.get(code) ?? -1]}\n`);
    });
  });

  const batchSequence = idSequence("batch", seed, world.setUpAt);
  const sessionSequence = idSequence("batch-session", seed, world.setUpAt);
  const batches: string[] = [];
  const sessions: string[] = [];
  catalogue.courses.forEach((course, index) => {
    if (course.mode === "ONLINE") return;
    const rng = createRng("batch", seed, index);
    const firstDay = world.options.asOfDay + rng.int(7, 45);
    const batchId = batchSequence.next();
    const venue = catalogue.providers[course.providerIndex]?.name ?? "Training centre";
    batches.push(`${batchId}\t${courseIds[index]}\tB1\t${copyTimestamp(istInstant(firstDay, 9.5 * 3600))}\t${copyTimestamp(istInstant(firstDay + 1, 17.5 * 3600))}\t${text(venue)}\t${rng.int(3, 6) * 10}\tOPEN\t${at}\n`);
    for (const day of [0, 1]) {
      sessions.push(`${sessionSequence.next()}\t${batchId}\tDay ${day + 1}: ${text(course.title)}\t${copyTimestamp(istInstant(firstDay + day, 9.5 * 3600))}\t${copyTimestamp(istInstant(firstDay + day, 13 * 3600))}\t${text(venue)}\t${COPY_NULL}\n`);
    }
  });

  return [
    table("Organisation", ["id", "code", "name", "nameHi", "kind", "parentId", "depth", "createdAt", "updatedAt"], organisations.map((organisation) =>
      `${organisationIds[organisation.index]}\t${text(organisation.code)}\t${text(organisation.name)}\t${text(organisation.nameHi)}\t${organisation.kind}\t${organisation.parentIndex === null ? COPY_NULL : organisationIds[organisation.parentIndex]}\t${organisation.depth}\t${at}\t${at}\n`)),
    table("OrganisationClosure", ["ancestorId", "descendantId", "depth"], [...closureRows(organisations)].map((row) => `${organisationIds[row.ancestor]}\t${organisationIds[row.descendant]}\t${row.depth}\n`)),
    table("Competency", ["id", "frameworkId", "externalId", "code", "name", "nameHi", "type", "area", "description", "createdAt", "updatedAt"], dictionary.competencies.map((competency, index) =>
      `${competencyIds[index]}\t${frameworkId}\t${text(competency.code)}\t${text(competency.code)}\t${text(competency.name)}\t${text(competency.nameHi)}\t${competency.type}\t${text(competency.area)}\t${text(competency.description)}\t${at}\t${at}\n`)),
    table("CompetencyLevel", ["competencyId", "level", "name", "descriptor"], dictionary.competencies.flatMap((competency, index) =>
      competency.levels.map((level) => `${competencyIds[index]}\t${level.level}\t${text(level.name)}\t${text(level.descriptor)}\n`))),
    table("FracRole", ["id", "code", "name", "description", "createdAt", "updatedAt"], dictionary.roles.map((role, index) =>
      `${roleIds[index]}\t${text(role.code)}\t${text(role.name)}\t${text(role.description)}\t${at}\t${at}\n`)),
    table("FracActivity", ["id", "roleId", "position", "description"], activities),
    table("ActivityCompetency", ["activityId", "competencyId"], activityCompetencies),
    table("RoleCompetency", ["roleId", "competencyId", "requiredLevel"], dictionary.roles.flatMap((role, index) =>
      [...role.requires].map(([code, level]) => `${roleIds[index]}\t${competencyIds[world.competencyIndex.get(code) ?? -1]}\t${level}\n`))),
    table("FracPosition", ["id", "code", "title", "description", "organisationId", "createdAt"], positions.map((position) =>
      `${positionIds[position.index]}\t${text(position.code)}\t${text(position.title)}\t${text(position.description)}\t${organisationIds[position.organisationIndex]}\t${at}\n`)),
    table("FracPositionRole", ["positionId", "roleId"], positions.flatMap((position) =>
      position.roleCodes.map((code) => `${positionIds[position.index]}\t${roleIds[world.roleIndex.get(code) ?? -1]}\n`))),
    table("Provider", ["id", "code", "name", "kind", "description", "website", "organisationId", "isActive", "createdAt", "updatedAt"], catalogue.providers.map((provider, index) => {
      const organisation = provider.organisationCode === null ? undefined : organisationByCode.get(provider.organisationCode);
      return `${providerIds[index]}\t${text(provider.code)}\t${text(provider.name)}\t${provider.kind}\t${text(provider.description)}\t${text(provider.website)}\t${organisation === undefined ? COPY_NULL : organisationIds[organisation]}\tt\t${at}\t${at}\n`;
    })),
    table("Course", ["id", "slug", "providerId", "title", "titleHi", "summary", "description", "status", "mode", "language", "durationMinutes", "submittedAt", "publishedAt", "createdAt", "updatedAt"], catalogue.courses.map((course, index) => {
      const published = copyTimestamp(course.publishedAtMs);
      return `${courseIds[index]}\t${text(course.slug)}\t${providerIds[course.providerIndex]}\t${text(course.title)}\t${text(course.titleHi)}\t${text(course.summary)}\t${text(course.description)}\tPUBLISHED\t${course.mode}\t${course.language}\t${course.durationMinutes}\t${copyTimestamp(course.publishedAtMs - 3 * DAY_MS)}\t${published}\t${copyTimestamp(course.publishedAtMs - 30 * DAY_MS)}\t${published}\n`;
    })),
    table("CourseCompetency", ["courseId", "competencyId", "level"], catalogue.courses.flatMap((course, index) =>
      course.competencies.map((tag) => `${courseIds[index]}\t${competencyIds[tag.competency]}\t${tag.level}\n`))),
    table("CourseModule", ["id", "courseId", "title", "position"], catalogue.courses.flatMap((course, index) =>
      course.modules.map((module, position) => `${moduleIds[index]?.[position]}\t${courseIds[index]}\t${text(module.title)}\t${position + 1}\n`))),
    table("Lesson", ["id", "moduleId", "courseId", "title", "type", "position", "isRequired", "durationSeconds", "body", "mediaPath", "externalUrl"], catalogue.courses.flatMap((course, index) => {
      let flat = 0;
      return course.modules.flatMap((module, position) => module.lessons.map((lesson) =>
        `${refs.courseLessonIds[index]?.[flat++]}\t${moduleIds[index]?.[position]}\t${courseIds[index]}\t${text(lesson.title)}\t${lesson.type}\t${lesson.position}\tt\t${lesson.durationSeconds}\t${text(lesson.body)}\t${text(lesson.mediaPath)}\t${text(lesson.externalUrl)}\n`));
    })),
    table("Batch", ["id", "courseId", "code", "startsAt", "endsAt", "venue", "seatLimit", "status", "createdAt"], batches),
    table("BatchSession", ["id", "batchId", "title", "startsAt", "endsAt", "venue", "facilitator"], sessions),
  ];
}
