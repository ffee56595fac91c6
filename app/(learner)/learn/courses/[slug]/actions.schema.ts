import { z } from "zod";

// The slug is only used to refresh the course page after the change; the course is identified by id.
const slug = z.string().trim().min(1).max(200).regex(/^[a-z0-9-]+$/, "Not a course address.");

// A radio group sends "" when the form has batches but none is picked; that is "no batch".
const optionalId = z.preprocess((value) => (value === "" ? undefined : value), z.uuid("Choose a batch from the list.").optional());

export const enrolSchema = z.object({
  courseId: z.uuid(),
  slug,
  batchId: optionalId,
});

export const withdrawSchema = z.object({
  courseId: z.uuid(),
  slug,
});

export const courseUpdatesSeenSchema = z.object({
  courseId: z.uuid(),
});

export type EnrolInput = z.infer<typeof enrolSchema>;
export type WithdrawInput = z.infer<typeof withdrawSchema>;
