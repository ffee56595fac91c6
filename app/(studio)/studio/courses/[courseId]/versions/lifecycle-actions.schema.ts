import { z } from "zod";

export const courseLifecycleSchema = z.object({ courseId: z.uuid() });
