import { z } from "zod";

export const CONTROL_CHARACTER_MESSAGE = "Remove the invisible control characters from this text.";

// Tab, line feed and carriage return are ordinary text (a textarea sends CRLF line breaks).
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

/**
 * True when the text holds a C0 or C1 control character other than tab and line breaks. NUL in
 * particular is refused by PostgreSQL in text and jsonb, so a pasted or forged NUL would reach
 * the database as a 500; the others are invisible and only ever mislead a reader of the audit.
 */
export function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && !ALLOWED_CONTROLS.has(code)) || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** A string field for text people type (names, notes, reasons): refuses control characters. */
export function freeText(message: string = CONTROL_CHARACTER_MESSAGE) {
  return z.string().refine((value) => !hasControlCharacters(value), { message });
}
