import { z } from "zod";

/** Where an official with a one-time password is sent until they choose their own. */
export const CHANGE_PASSWORD_PATH = "/account/password";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    password: z.string().min(10, "Use at least 10 characters.").max(200, "Keep the password under 200 characters."),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { message: "The two passwords differ.", path: ["confirm"] })
  .refine((value) => value.password !== value.currentPassword, { message: "Choose a password different from the current one.", path: ["password"] });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
