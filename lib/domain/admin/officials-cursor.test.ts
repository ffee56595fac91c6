import { describe, expect, test } from "vitest";
import { decodeOfficialsCursor, encodeOfficialsCursor } from "./officials-cursor";

const ID = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("officials cursor", () => {
  test("round-trips names with any characters", () => {
    for (const name of ["Asha Verma", "अनिल कुमार", "O'Brien, \"J\""]) {
      expect(decodeOfficialsCursor(encodeOfficialsCursor({ name, id: ID }))).toEqual({ name, id: ID });
    }
  });

  test.each([undefined, null, "", "not-base64!", Buffer.from("[1,2]").toString("base64url"), Buffer.from('["a","not-a-uuid"]').toString("base64url"), "x".repeat(1001)])(
    "%s starts from the beginning",
    (raw) => {
      expect(decodeOfficialsCursor(raw)).toBeNull();
    },
  );
});
