import { z } from "zod";

export const revisionActionSchema = z.object({
  revisionId: z.uuid("That version could not be found. Reload the page."),
  courseId: z.uuid("That course could not be found. Reload the page."),
});

export type RevisionActionResult = { message: string };
