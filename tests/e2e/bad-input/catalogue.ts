// The fixed catalogue of hostile inputs every server action and route handler is sent: wrong
// types, null, huge numbers, NUL and other control characters, broken Unicode and escapes,
// right-to-left override, HTML and script, javascript: links, spreadsheet formulas, prototype
// keys, fields a caller must never set, other officials' ids. Each must end in a 4xx or a typed
// refusal, never a 5xx.

const SOMEONE_ELSE = "0195f3a2-7c4e-7b1d-9a0f-3c2d1e0f4a5b";

function nested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/** Values sent as an action's argument, and (as text) in route handlers' queries and bodies. */
export const BAD_VALUES: ReadonlyArray<readonly [string, unknown]> = [
  ["null", null],
  ["true", true],
  ["zero", 0],
  ["negative", -1],
  ["huge number", 1e308],
  ["negative huge number", -1e308],
  ["beyond safe integers", 9007199254740993],
  ["the text NaN", "NaN"],
  ["the text Infinity", "Infinity"],
  ["empty text", ""],
  ["spaces", "   "],
  ["NUL", "\u0000"],
  ["NUL inside", "abc\u0000def"],
  ["other control characters", "\u0001\u0007\u001b[31m"],
  ["lone surrogate (invalid UTF-8 once encoded)", "\ud800"],
  ["right-to-left override", "\u202egnp.exe"],
  ["broken percent-encoding", "%E0%A4%A"],
  ["HTML and script", "<script>alert(1)</script><img src=x onerror=alert(1)>"],
  ["javascript: link", "javascript:alert(document.cookie)"],
  ["spreadsheet formula =", "=HYPERLINK(\"http://evil\",\"x\")"],
  ["spreadsheet formula +", "+SUM(1;2)"],
  ["spreadsheet formula @", "@SUM(1)"],
  ["SQL-looking text", "' OR 1=1; DROP TABLE \"User\"; --"],
  ["100,000 characters", "x".repeat(100_000)],
  ["empty object", {}],
  ["empty list", []],
  ["nested lists", [[[[[]]]]]],
  ["200 levels of nesting", nested(200)],
  ["__proto__ key", JSON.parse('{"__proto__": {"isAdmin": true, "role": "SUPER_ADMIN"}}')],
  ["constructor key", { constructor: { prototype: { polluted: true } } }],
  [
    "fields a caller must never set",
    { role: "SUPER_ADMIN", roles: ["SUPER_ADMIN"], score: 100, scorePercent: 100, organisationId: SOMEONE_ELSE, status: "ACTIVE", userId: SOMEONE_ELSE, isAdmin: true },
  ],
  ["other officials' ids", { id: SOMEONE_ELSE, userId: SOMEONE_ELSE, officialId: SOMEONE_ELSE, courseId: SOMEONE_ELSE, attemptId: SOMEONE_ELSE, enrolmentId: SOMEONE_ELSE }],
  ["ids of the wrong shape", { id: "1 OR 1=1", courseId: "../../etc/passwd", officialId: -1, planId: [] }],
  ["numbers as text, text as numbers", { rating: "five", level: "NaN", dueAt: "not a date", days: "1e400", page: -5 }],
];
