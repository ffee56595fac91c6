import { describe, expect, test } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDatabaseBusyError, isUniqueConflictError } from "./database-busy";

const known = (code: string, meta?: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("failed", { code, clientVersion: "7.10.1", meta });
const raw = (sqlstate: string) => known("P2010", { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: sqlstate } } });

describe("isDatabaseBusyError", () => {
  test.each([
    ["a transaction that could not start in time (P2028)", known("P2028"), true],
    ["a pool timeout (P2024)", known("P2024"), true],
    ["a deadlock in a model query (P2034)", known("P2034"), true],
    ["a deadlock in raw SQL", raw("40P01"), true],
    ["a serialization failure in raw SQL", raw("40001"), true],
    ["a statement timeout", raw("57014"), true],
    ["pg-pool's connection wait running out", new Error("timeout exceeded when trying to connect"), true],
    ["the same, wrapped", new Error("outer", { cause: new Error("timeout exceeded when trying to connect") }), true],
    ["a unique violation", known("P2002"), false],
    ["division by zero in raw SQL", raw("22012"), false],
    ["a bug", new TypeError("x is undefined"), false],
    ["not an error", "P2028", false],
  ])("%s", (_name, error, expected) => {
    expect(isDatabaseBusyError(error)).toBe(expected);
  });
});

describe("isUniqueConflictError", () => {
  test.each([
    ["P2002", known("P2002"), true],
    ["23505 from raw SQL", raw("23505"), true],
    ["P2028", known("P2028"), false],
    ["a plain error", new Error("duplicate"), false],
  ])("%s", (_name, error, expected) => {
    expect(isUniqueConflictError(error)).toBe(expected);
  });
});
