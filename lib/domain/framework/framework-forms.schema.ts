import { z } from "zod";
import { MAX_LENGTHS, LIST_SEPARATOR } from "./field-rules";
import { COMPETENCY_TYPES, LEVEL_NUMBERS, MAX_LEVEL, MIN_LEVEL, type LevelDescriptor } from "./framework-document";

// The competency, role and post forms. Field names are the form's own (level3Name,
// activity_2_description, level_<competency id>), so zod's field errors land next to the input
// that caused them. The same rules as an import file: codes, lengths, levels 1–5.

const trimmed = (value: unknown) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n").trim() : value);
const emptyToUndefined = (value: unknown) => {
  const clean = trimmed(value);
  return clean === "" ? undefined : clean;
};

const required = (label: string, max: number) =>
  z.preprocess(trimmed, z.string(`${label} is missing.`).min(1, `${label} is missing.`).max(max, `Keep ${label.toLowerCase()} under ${max} characters.`));
const optional = (label: string, max: number) =>
  z.preprocess(trimmed, z.string().max(max, `Keep ${label.toLowerCase()} under ${max} characters.`).optional().transform((value) => value ?? ""));

const codeField = (label: string) =>
  z.preprocess(
    trimmed,
    z
      .string(`${label} is missing.`)
      .min(1, `${label} is missing.`)
      .max(MAX_LENGTHS.code, `Keep the code under ${MAX_LENGTHS.code} characters.`)
      // Empty is left to min(1): one message per problem.
      .regex(/^(?:[A-Za-z0-9][A-Za-z0-9._/-]*)?$/, "Use letters, digits and . _ / - only, without spaces."),
  );

const idField = z.preprocess(emptyToUndefined, z.uuid("That record could not be found. Reload the page.").optional());

const LEVEL_FIELDS = Object.fromEntries(
  LEVEL_NUMBERS.flatMap((level) => [
    [`level${level}Name`, required(`Level ${level} name`, MAX_LENGTHS.levelName)],
    [`level${level}Descriptor`, optional(`Level ${level} descriptor`, MAX_LENGTHS.levelDescriptor)],
  ]),
) as Record<`level${1 | 2 | 3 | 4 | 5}${"Name" | "Descriptor"}`, z.ZodType<string>>;

export const competencyFormSchema = z
  .object({
    id: idField,
    externalId: z.preprocess(
      trimmed,
      z
        .string("External id is missing.")
        .min(1, "External id is missing.")
        .max(MAX_LENGTHS.externalId, `Keep the external id under ${MAX_LENGTHS.externalId} characters.`)
        .refine((value) => !value.includes(LIST_SEPARATOR), `The external id may not contain "${LIST_SEPARATOR}".`),
    ),
    code: codeField("Code"),
    name: required("Name", MAX_LENGTHS.name),
    nameHi: optional("Hindi name", MAX_LENGTHS.name),
    type: z.enum(COMPETENCY_TYPES, "Choose a type."),
    area: required("Area", MAX_LENGTHS.area),
    description: optional("Description", MAX_LENGTHS.description),
    ...LEVEL_FIELDS,
  })
  .transform((form) => ({
    id: form.id,
    externalId: form.externalId,
    code: form.code,
    name: form.name,
    nameHi: form.nameHi === "" ? null : form.nameHi,
    type: form.type,
    area: form.area,
    description: form.description,
    levels: LEVEL_NUMBERS.map((level): LevelDescriptor => ({ level, name: form[`level${level}Name`], descriptor: form[`level${level}Descriptor`] })),
  }));

export type CompetencyForm = z.output<typeof competencyFormSchema>;

// ── Roles ──

const ACTIVITY_KEY = /^activity_(\d{1,3})_(description|competencies)$/;
const REQUIREMENT_KEY = /^level_([0-9a-f-]{36})$/i;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]);

/** Form fields → { activities: [{ key, description, competencyIds }], requirements: [{ competencyId, level }] }. */
function collectRoleRows(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const fields = raw as Record<string, unknown>;
  const activities = new Map<number, { key: number; description: unknown; competencyIds: unknown[] }>();
  const requirements: { competencyId: string; level: unknown }[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const activity = ACTIVITY_KEY.exec(name);
    if (activity) {
      const key = Number(activity[1]);
      const row = activities.get(key) ?? { key, description: "", competencyIds: [] };
      if (activity[2] === "description") row.description = value;
      else row.competencyIds = asList(value);
      activities.set(key, row);
      continue;
    }
    const requirement = REQUIREMENT_KEY.exec(name);
    if (requirement && trimmed(value) !== "") requirements.push({ competencyId: requirement[1] ?? "", level: value });
  }
  return { ...fields, activities: [...activities.values()].sort((a, b) => a.key - b.key), requirements };
}

export const fracRoleFormSchema = z.preprocess(
  collectRoleRows,
  z
    .object({
      id: idField,
      code: codeField("Code"),
      name: required("Name", MAX_LENGTHS.name),
      description: optional("Description", MAX_LENGTHS.description),
      activities: z.array(z.object({ key: z.number(), description: z.unknown(), competencyIds: z.array(z.unknown()) })),
      requirements: z.array(z.object({ competencyId: z.string(), level: z.unknown() })),
    })
    .superRefine((form, ctx) => {
      for (const activity of form.activities) {
        const description = trimmed(activity.description);
        if (typeof description !== "string" || description === "") {
          ctx.addIssue({ code: "custom", path: [`activity_${activity.key}_description`], message: "Describe the activity, or remove it." });
        } else if (description.length > MAX_LENGTHS.activity) {
          ctx.addIssue({ code: "custom", path: [`activity_${activity.key}_description`], message: `Keep the activity under ${MAX_LENGTHS.activity} characters.` });
        }
        if (!activity.competencyIds.every((id) => z.uuid().safeParse(id).success)) {
          ctx.addIssue({ code: "custom", path: [`activity_${activity.key}_competencies`], message: "Choose competencies from the list." });
        }
      }
      for (const requirement of form.requirements) {
        const level = Number(trimmed(requirement.level));
        if (!Number.isInteger(level) || level < MIN_LEVEL || level > MAX_LEVEL) {
          ctx.addIssue({ code: "custom", path: [`level_${requirement.competencyId}`], message: `Choose a level from ${MIN_LEVEL} to ${MAX_LEVEL}.` });
        }
      }
    })
    .transform((form) => ({
      id: form.id,
      code: form.code,
      name: form.name,
      description: form.description,
      activities: form.activities.map((activity) => ({
        description: String(trimmed(activity.description)),
        competencyIds: [...new Set(activity.competencyIds.map(String))],
      })),
      requirements: form.requirements.map((requirement) => ({ competencyId: requirement.competencyId.toLowerCase(), level: Number(trimmed(requirement.level)) })),
    })),
);

export type FracRoleForm = z.output<typeof fracRoleFormSchema>;

// ── Posts ──

export const fracPostFormSchema = z.object({
  id: idField,
  code: codeField("Code"),
  title: required("Title", MAX_LENGTHS.name),
  description: z.preprocess(emptyToUndefined, z.string().max(MAX_LENGTHS.description, "Keep the description shorter.").optional()).transform((value) => value ?? null),
  organisationId: z.preprocess(emptyToUndefined, z.uuid("Choose an organisation from the list.").optional()).transform((value) => value ?? null),
  roleIds: z.preprocess(asList, z.array(z.uuid("Choose roles from the list."))).transform((ids) => [...new Set(ids)]),
});

export type FracPostForm = z.output<typeof fracPostFormSchema>;
