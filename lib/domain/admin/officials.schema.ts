import { z } from "zod";
import { DECISION_REASON_MAX_LENGTH } from "./request-status";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => (value ? value : null));

const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.uuid(message)])
    .optional()
    .transform((value) => (value ? value : null));

export const officialFieldsSchema = z.object({
  name: z.string().trim().min(2, "Enter the official's full name.").max(120, "Keep the name under 120 characters."),
  designation: optionalText(120, "Keep the designation under 120 characters."),
  group: z
    .union([z.literal(""), z.enum(["A", "B", "C", "D"], "Choose group A, B, C or D.")])
    .optional()
    .transform((value) => (value ? value : null)),
  serviceCadre: optionalText(80, "Keep the service under 80 characters."),
  organisationId: z.uuid("Choose an organisation."),
  fracPositionId: optionalId("Choose a FRAC post from the list."),
  reportingOfficerId: optionalId("Choose a reporting officer from the list."),
});

export const updateOfficialSchema = officialFieldsSchema.extend({
  officialId: z.uuid("That official could not be found. Reload the page."),
});

export const createOfficialSchema = officialFieldsSchema.extend({
  email: z
    .email("Enter a valid email address.")
    .trim()
    .max(200, "Keep the email under 200 characters.")
    .transform((email) => email.toLowerCase()),
});

export const officialStatusSchema = z.object({
  officialId: z.uuid("That official could not be found. Reload the page."),
  status: z.enum(["ACTIVE", "SUSPENDED"], "Choose suspend or reactivate."),
});

export const endSessionsSchema = z.object({
  officialId: z.uuid("That official could not be found. Reload the page."),
});

export const decisionSchema = z.object({
  requestId: z.uuid("That request could not be found. Reload the page."),
  decision: z.enum(["APPROVE", "REJECT"], "Choose approve or reject."),
  reason: optionalText(DECISION_REASON_MAX_LENGTH, `Keep the reason under ${DECISION_REASON_MAX_LENGTH} characters.`),
});

export const profileChangeRequestSchema = z
  .object({
    toOrganisationId: z.uuid("Choose the organisation you are moving to, or your own."),
    designation: optionalText(120, "Keep the designation under 120 characters."),
    fracPositionId: optionalId("Choose a FRAC post from the list."),
    note: optionalText(500, "Keep the note under 500 characters."),
  });

export const registrationLinkSchema = z.object({
  organisationId: z.uuid("Choose an organisation."),
  days: z.coerce.number("Enter a number of days.").int("Enter whole days.").min(1, "A link lasts at least a day.").max(90, "A link lasts at most 90 days."),
});

export const registerSchema = z.object({
  token: z.string().min(10).max(100),
  name: z.string().trim().min(2, "Enter your full name.").max(120, "Keep the name under 120 characters."),
  email: z
    .email("Enter a valid email address.")
    .trim()
    .max(200, "Keep the email under 200 characters.")
    .transform((email) => email.toLowerCase()),
  designation: optionalText(120, "Keep the designation under 120 characters."),
  password: z.string().min(10, "Use at least 10 characters.").max(200, "Keep the password under 200 characters."),
});

export type OfficialFieldsInput = z.output<typeof officialFieldsSchema>;
export type UpdateOfficialInput = z.output<typeof updateOfficialSchema>;
export type CreateOfficialByAdminInput = z.output<typeof createOfficialSchema>;
export type ProfileChangeRequestInput = z.output<typeof profileChangeRequestSchema>;
export type RegisterInput = z.output<typeof registerSchema>;

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal(""), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const officialRolesSchema = z.object({
  officialId: z.uuid("That official could not be found. Reload the page."),
  isOrganisationAdmin: checkbox,
  isReviewer: checkbox,
});
