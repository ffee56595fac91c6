import { describe, expect, test } from "vitest";
import { parseQuestionCsv, questionBankCsv, type ExportedQuestion } from "./question-csv";
import { competencyLookup } from "./question-rules";

const NOTING = { id: "0190a1b2-0000-7000-8000-000000000001", name: "Noting and drafting", code: "FUN-NOTING", externalId: "KCM-F-12" };
const find = competencyLookup([NOTING]);

const HEADER = "type,prompt,option_1,option_2,option_3,correct,points,explanation,competency,level";

describe("parseQuestionCsv", () => {
  test("reads valid rows of every type", () => {
    const csv = [
      HEADER,
      "SINGLE,What is a note?,A record,A draft,,1,2,Because.,FUN-NOTING,3",
      'multiple,"Pick both, please",Left,Right,Neither,1;2,,,,',
      "TRUE_FALSE,The sky is green.,,,,false,,,,",
    ].join("\r\n");
    const parsed = parseQuestionCsv(csv, find);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows.map((row) => row.ok)).toEqual([true, true, true]);
    const [single, multiple, trueFalse] = parsed.rows;
    expect(single?.ok && single.question).toMatchObject({ points: 2, competencyId: NOTING.id, level: 3, explanation: "Because." });
    expect(multiple?.ok && multiple.question.options.filter((option) => option.isCorrect).map((option) => option.label)).toEqual(["Left", "Right"]);
    expect(trueFalse?.ok && trueFalse.question.options).toEqual([
      { label: "True", isCorrect: false },
      { label: "False", isCorrect: true },
    ]);
  });

  test("reports each bad row with its row number and column, and keeps the good ones", () => {
    const csv = [
      HEADER,
      "SINGLE,Fine question,Yes,No,,1,,,,",
      "SINGLE,Two answers,Yes,No,,1;2,,,,",
      "ESSAY,Write an essay,,,,1,,,,",
      "SINGLE,Bad key,Yes,No,,x,,,Juggling,9",
    ].join("\n");
    const parsed = parseQuestionCsv(csv, find);
    expect(parsed.rows.map((row) => [row.row, row.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
    ]);
    const errors = parsed.rows.flatMap((row) => (row.ok ? [] : row.errors.map((error) => `${row.row}:${error.column}`)));
    expect(errors).toEqual(["3:correct", "4:type", "5:correct", "5:competency", "5:level"]);
  });

  test("names unknown columns and refuses a file without the required ones", () => {
    expect(parseQuestionCsv(`${HEADER},difficulty\nSINGLE,Question one,A,B,,1,,,,,hard`, find).unknownColumns).toEqual(["difficulty"]);
    expect(parseQuestionCsv("prompt,option_1\nQ,A", find).fileErrors).toEqual(["The first row must name the columns; missing: type, correct."]);
    expect(parseQuestionCsv(HEADER, find).fileErrors).toEqual(["The file has no questions below its header row."]);
    expect(parseQuestionCsv('type,prompt,correct\n"SINGLE,broken', find).fileErrors[0]).toMatch(/could not be read as CSV/);
  });

  test("an id given twice is refused on its second row; a malformed id is refused", () => {
    const id = "0190a1b2-0000-7000-8000-0000000000aa";
    const csv = [`id,${HEADER}`, `${id},SINGLE,One,A,B,,1,,,,`, `${id},SINGLE,Two,A,B,,1,,,,`, `nope,SINGLE,Three,A,B,,1,,,,`].join("\n");
    const rows = parseQuestionCsv(csv, find).rows;
    expect(rows.map((row) => (row.ok ? "ok" : row.errors[0]?.message))).toEqual(["ok", "Row 2 already edits this question.", expect.stringMatching(/not one this portal wrote/)]);
  });
});

describe("questionBankCsv", () => {
  test("round-trips through the import, formula-like text included", () => {
    const questions: ExportedQuestion[] = [
      {
        id: "0190a1b2-0000-7000-8000-0000000000aa",
        type: "MULTIPLE",
        prompt: "=SUM(A1) is typed here, and \"quotes\", and a\nline break",
        explanation: "-5 is negative",
        points: 3,
        competencyId: NOTING.id,
        competencyCode: NOTING.code,
        level: 2,
        options: [
          { label: "+one", isCorrect: true },
          { label: "two", isCorrect: false },
          { label: "@three", isCorrect: true },
        ],
      },
      {
        id: "0190a1b2-0000-7000-8000-0000000000bb",
        type: "TRUE_FALSE",
        prompt: "Files move up the hierarchy.",
        explanation: null,
        points: 1,
        competencyId: null,
        competencyCode: null,
        level: null,
        options: [
          { label: "True", isCorrect: true },
          { label: "False", isCorrect: false },
        ],
      },
    ];
    const csv = questionBankCsv(questions);
    expect(csv.split("\r\n")[1]).toMatch(/^0190a1b2-0000-7000-8000-0000000000aa,MULTIPLE,"'=SUM/);
    const parsed = parseQuestionCsv(csv, find);
    expect(parsed.unknownColumns).toEqual([]);
    expect(parsed.rows).toEqual(questions.map(({ id, competencyCode: _code, ...question }, index) => ({ row: index + 2, id, ok: true, question })));
  });
});
