import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./messages/en";
import hi from "./messages/hi";

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

/** The arguments a message uses, found by parsing it as ICU (text inside plural branches is not one). */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      found.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message, { ignoreTag: false }));
  return [...found].sort();
}

const english = Object.fromEntries(entries(en as Tree));
const hindi = Object.fromEntries(entries(hi as Tree));

// A key missing in one language shows a raw key to an official; an argument renamed in one
// language, or a message that is not valid ICU, breaks the sentence at run time.
describe("translations", () => {
  it("Hindi and English have the same keys", () => {
    expect(Object.keys(hindi).sort()).toEqual(Object.keys(english).sort());
  });

  it("parse as ICU messages and use the same arguments in both languages", () => {
    for (const [key, message] of Object.entries(english)) {
      expect(argumentsOf(hindi[key] ?? ""), key).toEqual(argumentsOf(message));
    }
  });

  it("leave no Hindi string empty", () => {
    for (const key of Object.keys(english)) expect((hindi[key] ?? "").trim().length > 0, key).toBe(true);
  });
});
