import { describe, expect, test } from "vitest";
import { tryTakeWriteSlot } from "./user-write-slots";

describe("tryTakeWriteSlot", () => {
  test("refuses an official beyond the limit, frees a slot on release, and keeps officials apart", () => {
    const first = tryTakeWriteSlot("official-a", 2);
    const second = tryTakeWriteSlot("official-a", 2);
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(tryTakeWriteSlot("official-a", 2)).toBeNull();
    expect(tryTakeWriteSlot("official-b", 2)).not.toBeNull();

    first!();
    first!(); // a second release of the same slot frees nothing more
    const third = tryTakeWriteSlot("official-a", 2);
    expect(third).not.toBeNull();
    expect(tryTakeWriteSlot("official-a", 2)).toBeNull();
  });
});
