// `npm run bench`: performance against the production build on 127.0.0.1, reported against
// targets, never asserted — a slow machine should get a slow report, not a red build. Sections:
//   catalogue  catalogue search and the National Learning Week boards, on a throwaway seeded
//              database (lib/cli/bench/catalogue-section.ts)
//   reports    report pages, CSV export, statements per page view and the slowest plans, on the
//              generated government (lib/cli/bench/reports-section.ts)
// Both run by default; `npm run bench -- --reports` (or --catalogue), or BENCH_SECTIONS=reports,
// runs one; `--onboarding` times bulk onboarding (lib/cli/bench/onboarding-section.ts), `--load`
// concurrent writes by signed-in officials (lib/cli/bench/load-section.ts). BENCH_NO_BUILD=1 uses whatever build .next-e2e holds (e.g. while the tree does not
// type-check). Each section writes its JSON report to tests/artifacts/bench/.
import { registerServerNavigation } from "./bench/react-server-modules";

// Loaded on demand, so a section's imports cost nothing when it does not run.
const SECTIONS = {
  catalogue: async () => (await import("./bench/catalogue-section")).runCatalogueSection(),
  reports: async () => {
    registerServerNavigation();
    return (await import("./bench/reports-section")).runReportsSection();
  },
  // Only when asked for (--onboarding): the real worker applying 20,000- and 100,000-row files.
  onboarding: async () => (await import("./bench/onboarding-section")).runOnboardingSection(),
  // Only when asked for (--load): signed-in officials' heartbeats, completions and enrolments at once.
  load: async () => (await import("./bench/load-section")).runLoadSection(),
} as const;
type Section = keyof typeof SECTIONS;

function chosenSections(): Section[] {
  const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--")).map((arg) => arg.slice(2));
  const named = flags.length > 0 ? flags : (process.env.BENCH_SECTIONS ?? "catalogue,reports").split(",").map((name) => name.trim());
  const unknown = named.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) throw new Error(`Unknown bench section(s): ${unknown.join(", ")} (known: ${Object.keys(SECTIONS).join(", ")})`);
  return named as Section[];
}

async function main(): Promise<number> {
  let code = 0;
  for (const section of chosenSections()) code = Math.max(code, await SECTIONS[section]());
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("[bench] failed:", error);
    process.exit(1);
  },
);
