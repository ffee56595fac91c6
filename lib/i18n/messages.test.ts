import { describe, expect, it } from "vitest";
import en from "./messages/en";
import hi from "./messages/hi";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(tree: Tree): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") out[`${prefix}${key}`] = [...value.matchAll(/\{(\w+)/g)].map((m) => m[1]!).sort();
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(tree, "");
  return out;
}

// A key missing in one language shows a raw key to an official; a placeholder renamed in one
// language breaks the sentence.
describe("translations", () => {
  it("Hindi and English have the same keys", () => {
    expect(keys(hi as Tree).sort()).toEqual(keys(en as Tree).sort());
  });

  it("use the same placeholders in both languages", () => {
    expect(placeholders(hi as Tree)).toEqual(placeholders(en as Tree));
  });

  it("leave no Hindi string empty", () => {
    const english = placeholders(en as Tree);
    for (const key of Object.keys(english)) {
      const value = key.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part]!, hi as Tree);
      expect(typeof value === "string" && value.trim().length > 0, key).toBe(true);
    }
  });
});
