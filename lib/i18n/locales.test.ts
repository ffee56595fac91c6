import { describe, expect, it } from "vitest";
import { isLocale, languageFromLocale, localeFromAcceptLanguage, localeFromLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["hi-IN,hi;q=0.9,en;q=0.8", "hi"],
    ["en-GB,en;q=0.9", "en"],
    ["ta-IN,hi;q=0.8,en;q=0.5", "hi"],
    ["en;q=0.4,hi;q=0.9", "hi"],
    ["fr-FR,de;q=0.9", "en"],
    ["hi;q=0", "en"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe("conversions", () => {
  it.each([
    ["EN", "en"],
    ["HI", "hi"],
  ] as const)("%s ↔ %s", (language, locale) => {
    expect(localeFromLanguage(language)).toBe(locale);
    expect(languageFromLocale(locale)).toBe(language);
  });

  it.each([
    ["en", true],
    ["hi", true],
    ["HI", false],
    ["fr", false],
    [3, false],
  ])("isLocale(%s) is %s", (value, expected) => {
    expect(isLocale(value)).toBe(expected);
  });
});
