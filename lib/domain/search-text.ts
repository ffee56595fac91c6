// What a person typed into a search or filter box, as the database may be asked about it: control
// characters (which no name, email or designation holds, and a NUL PostgreSQL cannot even take)
// are dropped, spaces trimmed, and the length bounded.

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

export function cleanSearchText(value: string | null | undefined, maxLength = 100): string {
  return (value ?? "").replace(CONTROL_CHARACTERS, "").trim().slice(0, maxLength);
}
