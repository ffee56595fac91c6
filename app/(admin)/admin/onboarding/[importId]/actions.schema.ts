import { z } from "zod";

export const revealPasswordsSchema = z.object({ importId: z.uuid("That upload could not be found. Reload the page.") });

export type RevealedPassword = { rowNumber: number; email: string; name: string; password: string | null };
