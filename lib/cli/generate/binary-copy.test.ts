import { expect, test } from "vitest";
import { BinaryRows, type ColumnType, decodeBinaryRows } from "./binary-copy";

function encode(write: (rows: BinaryRows) => void): Buffer {
  const chunks: Buffer[] = [];
  const rows = new BinaryRows((chunk) => chunks.push(chunk));
  write(rows);
  rows.flush();
  return Buffer.concat(chunks);
}

test("every type round-trips through the binary form PostgreSQL reads", () => {
  const types: ColumnType[] = ["uuid", "text", "enum", "int2", "int4", "int8", "bool", "timestamp", "date", "jsonb", "uuid", "timestamp"];
  const ms = Date.UTC(2026, 10, 30, 18, 29, 59, 7);
  const bytes = encode((rows) =>
    rows.row(12).uuid("0197340d-a940-7220-8504-b6f52952b05e").text("हिंदी\ttab").text("COMPLETED").int2(-3).int4(2_000_000_000)
      .int8(12_345_678_901).bool(true).timestamp(ms).date(20_422).jsonb('{"a": 1}').uuid(null).timestamp(null),
  );
  expect(decodeBinaryRows(bytes, types)).toEqual([
    ["0197340d-a940-7220-8504-b6f52952b05e", "हिंदी\ttab", "COMPLETED", -3, 2_000_000_000, 12_345_678_901, true, ms, 20_422, '{"a": 1}', null, null],
  ]);
});

test("timestamps go over the wire as microseconds since 2000-01-01", () => {
  const bytes = encode((rows) => rows.row(1).timestamp(Date.UTC(2000, 0, 1, 0, 0, 1)));
  expect(bytes.readInt32BE(2)).toBe(8);
  expect(bytes.readBigInt64BE(6)).toBe(1_000_000n);
});

test("a stream of rows larger than a chunk arrives whole and in order", () => {
  const chunks: Buffer[] = [];
  const rows = new BinaryRows((chunk) => chunks.push(chunk));
  for (let i = 0; i < 60_000; i++) rows.row(2).int4(i).text(`row ${i} ${"x".repeat(i % 50)}`);
  rows.row(2).int4(-1).text("y".repeat(1_500_000));
  rows.flush();
  expect(chunks.length).toBeGreaterThan(1);
  const decoded = decodeBinaryRows(Buffer.concat(chunks), ["int4", "text"]);
  expect(decoded).toHaveLength(60_001);
  expect(decoded[59_999]).toEqual([59_999, `row 59999 ${"x".repeat(59_999 % 50)}`]);
  expect(decoded[60_000]).toEqual([-1, "y".repeat(1_500_000)]);
  expect(rows.rows).toBe(60_001);
});
