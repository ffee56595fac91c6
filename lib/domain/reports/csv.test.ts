import { describe, expect, test } from "vitest";
import { csvFileName, toCsv, type CsvColumn } from "./csv";

type Row = { name: string; count: number };
const columns: CsvColumn<Row>[] = [
  { header: "Name", value: (row) => row.name },
  { header: "Count", value: (row) => row.count },
];

describe("CSV export", () => {
  test("quotes what needs quoting", () => {
    expect(toCsv(columns, [{ name: 'Ministry of "Finance", DoR', count: 12 }])).toBe('Name,Count\r\n"Ministry of ""Finance"", DoR",12\r\n');
  });

  test.each([["=HYPERLINK(\"http://x\")"], ["+91 98"], ["-2+3"], ["@SUM(A1)"], ["\tcmd"], ["\rcmd"]])("neutralises a formula-like cell %j", (name) => {
    const csv = toCsv(columns, [{ name, count: 1 }]);
    const cell = csv.split("\r\n")[1] ?? "";
    // The cell must not start with the trigger character once a spreadsheet unquotes it.
    expect(cell.replace(/^"/, "").startsWith(name.charAt(0))).toBe(false);
  });

  test("a cell with a line break stays one cell", () => {
    expect(toCsv(columns, [{ name: "Line one\nline two", count: 1 }])).toBe('Name,Count\r\n"Line one\nline two",1\r\n');
  });

  test("negative numbers stay numbers; empty values are empty cells", () => {
    expect(toCsv([{ header: "n", value: (row: { n: number | null }) => row.n }], [{ n: -3 }, { n: null }])).toBe("n\r\n-3\r\n\r\n");
  });

  test("file names are safe", () => {
    expect(csvFileName("Gaps", "Ministry of Finance / DoR")).toBe("gaps-ministry-of-finance-dor.csv");
    expect(csvFileName("")).toBe("report.csv");
  });
});
