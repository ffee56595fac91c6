import { z } from "zod";

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(400),
    password: z.string().min(10, "Use at least 10 characters.").max(200, "Keep the password under 200 characters."),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { message: "The two passwords differ.", path: ["confirm"] });
