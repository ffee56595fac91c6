import { z } from "zod";

// The import form: the files, how to import them, and — to apply — the fingerprint of the dry
// run the user read. The same form is posted twice: first to preview, then to apply.

/** Server actions accept bodies up to 1 MB by default; a little is left for the other fields. */
export const MAX_IMPORT_BYTES = 900 * 1024;
export const MAX_IMPORT_FILES = 10;

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value);

// A file input left empty still posts one nameless, empty file.
const chosenFiles = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((file) => !(file instanceof File && file.name === "" && file.size === 0));

export const importFormSchema = z
  .object({
    intent: z.enum(["preview", "apply"]),
    mode: z.enum(["update", "new-version"], "Choose how to import the file."),
    versionCode: z.preprocess(emptyToUndefined, z.string().max(64, "Keep the code under 64 characters.").optional()),
    versionName: z.preprocess(emptyToUndefined, z.string().max(200, "Keep the name under 200 characters.").optional()),
    versionDescription: z.preprocess(emptyToUndefined, z.string().max(2000, "Keep the description under 2,000 characters.").optional()),
    fingerprint: z.preprocess(emptyToUndefined, z.string().regex(/^[0-9a-f]{64}$/, "Run the dry run again.").optional()),
    files: z.preprocess(
      chosenFiles,
      z
        .array(z.instanceof(File, { message: "Choose a file to import." }))
        .min(1, "Choose a JSON file or the CSV sheets to import.")
        .max(MAX_IMPORT_FILES, `Choose at most ${MAX_IMPORT_FILES} files.`),
    ),
  })
  .superRefine((form, ctx) => {
    const total = form.files.reduce((sum, file) => sum + file.size, 0);
    if (total > MAX_IMPORT_BYTES) ctx.addIssue({ code: "custom", path: ["files"], message: "The files are too large to import at once (900 KB in all)." });
    if (form.mode === "new-version" && !form.versionCode) ctx.addIssue({ code: "custom", path: ["versionCode"], message: "Give the new version a code." });
    if (form.mode === "new-version" && !form.versionName) ctx.addIssue({ code: "custom", path: ["versionName"], message: "Give the new version a name." });
    if (form.intent === "apply" && !form.fingerprint) ctx.addIssue({ code: "custom", path: ["fingerprint"], message: "Run the dry run before applying." });
  });

export type ImportForm = z.output<typeof importFormSchema>;
