import { z } from "zod";
import { MAX_COMPETENCY_LEVEL, MIN_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";

export const MAX_PROGRAMME_COURSES = 12;
export const MAX_PROGRAMME_COMPETENCIES = 8;

/** A repeated form field arrives as a string when it occurs once and as an array otherwise. */
const list = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));
const optionalUuid = z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid().optional());

/**
 * The programme form: courses in the order chosen (empty rows dropped), competencies and levels
 * as parallel rows (a row without a competency is dropped; one with a competency needs a level).
 */
export const programmeFormSchema = z
  .object({
    programmeId: optionalUuid,
    title: z.string().trim().min(3, "Give the programme a title of at least 3 characters.").max(200, "Keep the title under 200 characters."),
    summary: z.string().trim().min(10, "Write a summary of at least 10 characters.").max(500, "Keep the summary under 500 characters."),
    description: z.string().trim().max(10_000, "Keep the description under 10,000 characters.").default(""),
    thumbnailId: optionalUuid,
    courseId: list,
    competencyId: list,
    level: list,
  })
  .transform((input, ctx) => {
    const courseIds = input.courseId.map((id) => id.trim()).filter(Boolean);
    if (new Set(courseIds).size !== courseIds.length) ctx.addIssue({ code: "custom", path: ["courseId"], message: "Each course can appear only once." });
    if (courseIds.length > MAX_PROGRAMME_COURSES) ctx.addIssue({ code: "custom", path: ["courseId"], message: `A programme holds at most ${MAX_PROGRAMME_COURSES} courses.` });
    if (courseIds.some((id) => !z.uuid().safeParse(id).success)) ctx.addIssue({ code: "custom", path: ["courseId"], message: "Choose courses from the list." });

    const competencies: { competencyId: string; level: number }[] = [];
    input.competencyId.forEach((raw, index) => {
      const competencyId = raw.trim();
      if (!competencyId) return;
      const level = Number(input.level[index]);
      if (!z.uuid().safeParse(competencyId).success) {
        ctx.addIssue({ code: "custom", path: ["competencyId"], message: "Choose competencies from the list." });
      } else if (!Number.isInteger(level) || level < MIN_COMPETENCY_LEVEL || level > MAX_COMPETENCY_LEVEL) {
        ctx.addIssue({ code: "custom", path: ["level"], message: `Choose a level from ${MIN_COMPETENCY_LEVEL} to ${MAX_COMPETENCY_LEVEL} for each competency.` });
      } else {
        competencies.push({ competencyId, level });
      }
    });
    if (new Set(competencies.map((c) => c.competencyId)).size !== competencies.length) {
      ctx.addIssue({ code: "custom", path: ["competencyId"], message: "Each competency can appear only once." });
    }
    if (competencies.length > MAX_PROGRAMME_COMPETENCIES) {
      ctx.addIssue({ code: "custom", path: ["competencyId"], message: `A programme lists at most ${MAX_PROGRAMME_COMPETENCIES} competencies.` });
    }
    return {
      programmeId: input.programmeId,
      title: input.title,
      summary: input.summary,
      description: input.description,
      thumbnailId: input.thumbnailId ?? null,
      courseIds,
      competencies,
    };
  });

export type ProgrammeFormInput = z.output<typeof programmeFormSchema>;

export const programmeStatusSchema = z.object({
  programmeId: z.uuid(),
  status: z.enum(["PUBLISHED", "ARCHIVED"]),
});

export const programmeEnrolSchema = z.object({ programmeId: z.uuid() });
