import { z } from "zod";
import { MAX_COMPETENCY_LEVEL, MIN_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";

const optionalText = (max: number, message: string) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max, message).optional());
const optionalUuid = z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid().optional());

export const contentRequestFormSchema = z.object({
  organisationId: optionalUuid,
  competencyId: z.uuid("Choose a competency."),
  level: z.coerce.number("Choose a level.").int().min(MIN_COMPETENCY_LEVEL, "Choose a level.").max(MAX_COMPETENCY_LEVEL, "Choose a level."),
  officialsInNeed: z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(0).max(10_000_000).optional()),
  note: optionalText(2000, "Keep the note under 2,000 characters."),
});

export type ContentRequestFormInput = z.output<typeof contentRequestFormSchema>;

export const contentRequestResponseSchema = z
  .object({
    requestId: z.uuid(),
    move: z.enum(["ACCEPT", "DECLINE", "FULFIL"]),
    response: optionalText(2000, "Keep the reply under 2,000 characters."),
    courseId: optionalUuid,
  })
  .superRefine((input, ctx) => {
    if (input.move === "DECLINE" && !input.response) ctx.addIssue({ code: "custom", path: ["response"], message: "Say why you are declining, so the requester can look elsewhere." });
    if (input.move === "FULFIL" && !input.courseId) ctx.addIssue({ code: "custom", path: ["courseId"], message: "Choose the published course that fulfils the request." });
  });

export type ContentRequestResponseInput = z.output<typeof contentRequestResponseSchema>;

export const contentRequestWithdrawSchema = z.object({ requestId: z.uuid() });
