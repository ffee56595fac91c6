import "server-only";
import { randomInt } from "node:crypto";
import { hash } from "@node-rs/argon2";

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** 16 characters of a 56-letter alphabet: about 93 bits. */
export function newOneTimePassword(): string {
  let password = "";
  for (let i = 0; i < 16; i += 1) password += ALPHABET[randomInt(ALPHABET.length)];
  return password;
}

/**
 * Argon2id, like every password, but with light settings: a random 93-bit secret cannot be
 * guessed whatever the hash costs, and an import of 100,000 officials must not spend an hour
 * hashing. verifyPassword reads the settings from the hash, so sign-in needs nothing special.
 */
export function hashOneTimePassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 1024, timeCost: 1, parallelism: 1 });
}
