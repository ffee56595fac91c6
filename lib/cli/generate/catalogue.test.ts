import { expect, test } from "vitest";
import { planCatalogue, planProviders } from "./catalogue";
import { planDictionary } from "./frac-dictionary";

const dictionary = planDictionary(1);
const catalogue = planCatalogue({ courses: 5000, competencies: dictionary.competencies, providers: planProviders(), seed: 1, firstDay: 20_600 });

test("5,000 published courses with unique slugs and titles", () => {
  expect(catalogue.courses).toHaveLength(5000);
  expect(new Set(catalogue.courses.map((course) => course.slug)).size).toBe(5000);
  expect(new Set(catalogue.courses.map((course) => course.title)).size).toBe(5000);
});

test("every course has one to three modules of four to eight lessons in all, and a sensible duration", () => {
  for (const course of catalogue.courses) {
    const lessons = course.modules.flatMap((module) => module.lessons);
    expect(course.modules.length).toBeGreaterThanOrEqual(1);
    expect(course.modules.length).toBeLessThanOrEqual(3);
    expect(lessons.length).toBeGreaterThanOrEqual(4);
    expect(lessons.length).toBeLessThanOrEqual(8);
    expect(course.durationMinutes).toBe(Math.max(1, Math.ceil(lessons.reduce((sum, lesson) => sum + lesson.durationSeconds, 0) / 60)));
    for (const lesson of lessons) {
      if (lesson.type === "TEXT") expect(lesson.body).toBeTruthy();
      if (lesson.type === "VIDEO" || lesson.type === "PDF") expect(lesson.mediaPath).toMatch(/^\/media\//);
      if (lesson.type === "LINK") expect(lesson.externalUrl).toMatch(/^https:\/\//);
    }
  }
});

test("competency tags are distinct, at levels 1–5; most courses build at least one", () => {
  let tagged = 0;
  for (const course of catalogue.courses) {
    const ids = course.competencies.map((tag) => tag.competency);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tag of course.competencies) {
      expect(tag.level).toBeGreaterThanOrEqual(1);
      expect(tag.level).toBeLessThanOrEqual(5);
      expect(dictionary.competencies[tag.competency]).toBeDefined();
    }
    if (ids.length > 0) tagged++;
  }
  expect(tagged / catalogue.courses.length).toBeGreaterThan(0.85);
});

test("the dictionary has about 100 competencies and 150 FRAC roles whose requirements name them", () => {
  expect(dictionary.competencies.length).toBeGreaterThanOrEqual(90);
  expect(dictionary.roles.length).toBeGreaterThanOrEqual(140);
  expect(dictionary.roles.length).toBeLessThanOrEqual(170);
  const codes = new Set(dictionary.competencies.map((competency) => competency.code));
  for (const role of dictionary.roles) {
    for (const [code, level] of role.requires) {
      expect(codes.has(code)).toBe(true);
      expect(level).toBeGreaterThanOrEqual(1);
      expect(level).toBeLessThanOrEqual(5);
    }
  }
});
