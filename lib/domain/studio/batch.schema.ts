import { z } from "zod";
import { EDITABLE_BATCH_STATUSES } from "./batch-rules";

// Authors type times in IST (the app's one time zone) into datetime-local fields.
const IST_OFFSET = "+05:30";
const localDateTime = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter the ${label} as a date and time.`)
    .transform((value, ctx) => {
      const date = new Date(`${value}:00${IST_OFFSET}`);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: `Enter the ${label} as a date and time.` });
        return z.NEVER;
      }
      return date;
    });
const optionalUuid = z.preprocess((value) => (value === "" || value === null ? undefined : value), z.uuid().optional());
const optionalText = (max: number) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max).optional());

export const batchFormSchema = z.object({
  courseId: z.uuid(),
  batchId: optionalUuid,
  code: z.string().trim().min(1, "Give the batch a code, e.g. 2027-JAN.").max(40, "Keep the code under 40 characters."),
  startsAt: localDateTime("start"),
  endsAt: localDateTime("end"),
  venue: z.string().trim().min(2, "Name the venue.").max(200, "Keep the venue under 200 characters."),
  seatLimit: z.coerce.number("Enter the number of seats.").int("Enter a whole number of seats.").min(1, "A batch needs at least one seat.").max(10_000, "At most 10,000 seats."),
  status: z.enum(EDITABLE_BATCH_STATUSES, "Choose a status."),
});

export type BatchFormInput = z.output<typeof batchFormSchema>;

export const sessionFormSchema = z.object({
  batchId: z.uuid(),
  sessionId: optionalUuid,
  title: z.string().trim().min(2, "Give the session a title.").max(200, "Keep the title under 200 characters."),
  startsAt: localDateTime("start"),
  endsAt: localDateTime("end"),
  venue: optionalText(200),
  facilitator: optionalText(200),
});

export type SessionFormInput = z.output<typeof sessionFormSchema>;

export const cancelBatchSchema = z.object({ batchId: z.uuid() });

/** A Date as the value of a datetime-local field, in IST. */
export function toIstLocalInput(date: Date): string {
  const shifted = new Date(date.getTime() + (5 * 60 + 30) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
