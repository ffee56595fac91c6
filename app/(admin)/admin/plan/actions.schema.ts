import { z } from "zod";
import { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from "@/lib/domain/plan/plan-lifecycle";
import { SERVICE_GROUPS } from "@/lib/domain/plan/plan-targets";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

export const createPlanSchema = z.object({
  organisationId: z.uuid("Choose the organisation."),
  year: z.coerce.number("Enter the year the plan starts.").int().min(PLAN_YEAR_MIN, "Enter a year from 2020.").max(PLAN_YEAR_MAX, "Enter a year up to 2100."),
});

export const planIdSchema = z.object({ planId: z.uuid("That plan could not be found. Reload the page.") });

export const planStatusSchema = planIdSchema.extend({ action: z.enum(["approve", "reopen"]) });

export const removePlanItemSchema = planIdSchema.extend({ itemId: z.uuid("That item could not be found. Reload the page.") });

// "course:<id>" or "programme:<id>": one select offers both, in two groups.
const ASSIGNABLE = /^(course|programme):([0-9a-f-]{36})$/i;

export const addPlanItemSchema = planIdSchema
  .extend({
    assignable: z.string().regex(ASSIGNABLE, "Choose a course or a programme."),
    fracRoleId: optional(z.uuid("Choose a FRAC role from the list.")),
    designation: optional(z.string().trim().max(120, "Keep the designation under 120 characters.")),
    serviceGroup: optional(z.enum(SERVICE_GROUPS, "Choose a service group from the list.")),
    officialEmail: optional(z.email("Enter the official's email address.").max(254)),
    dueOn: z.iso.date("Enter the due date."),
    countsForApar: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
  })
  .refine((input) => input.fracRoleId || input.designation || input.serviceGroup || input.officialEmail, {
    message: "Choose at least one group of officials: a FRAC role, a designation, a service group or a named official.",
    path: ["targets"],
  });

export const remindSchema = planIdSchema.extend({ courseId: optional(z.uuid()) });

/** The end of the due day in India: an item due on 31 March is overdue from 1 April, 00:00 IST. */
export function dueAtFromDay(day: string): Date {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + 24 * 3_600_000 - 330 * 60_000 - 1);
}

export function parseAssignable(value: string): { courseId: string | null; programmeId: string | null } {
  const match = ASSIGNABLE.exec(value);
  const id = match?.[2]?.toLowerCase() ?? null;
  return match?.[1] === "programme" ? { courseId: null, programmeId: id } : { courseId: id, programmeId: null };
}
