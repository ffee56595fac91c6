// Who reports to whom: each official reports to a more senior official of the same
// organisation, or — for the most senior there — to the head of the nearest ancestor
// organisation with someone more senior. Pure and deterministic.
import { createRandom } from "./random";

export type ReportingCandidate = { email: string; organisationCode: string; rank: number; isActive: boolean };

export function assignReportingOfficers(
  officials: readonly ReportingCandidate[],
  parentOf: (organisationCode: string) => string | null,
): Map<string, string | null> {
  const random = createRandom("reporting-lines");
  const byOrganisation = new Map<string, ReportingCandidate[]>();
  for (const official of officials) {
    const list = byOrganisation.get(official.organisationCode) ?? [];
    list.push(official);
    byOrganisation.set(official.organisationCode, list);
  }
  // A suspended official supervises no one, and no one reports to a junior.
  const headOf = (organisationCode: string, below: number): ReportingCandidate | undefined =>
    [...(byOrganisation.get(organisationCode) ?? [])]
      .filter((official) => official.isActive && official.rank < below)
      // The next level up, not the top: an Under Secretary reports to a Deputy Secretary.
      .sort((a, b) => b.rank - a.rank || a.email.localeCompare(b.email))[0];

  const result = new Map<string, string | null>();
  for (const official of officials) {
    const seniors = (byOrganisation.get(official.organisationCode) ?? []).filter(
      (other) => other.isActive && other.rank < official.rank,
    );
    if (seniors.length > 0) {
      // Prefer the next level up, as in a real chain of command.
      const nearest = Math.max(...seniors.map((senior) => senior.rank));
      result.set(official.email, random.pick(seniors.filter((senior) => senior.rank === nearest)).email);
      continue;
    }
    let supervisor: ReportingCandidate | undefined;
    for (let code = parentOf(official.organisationCode); code && !supervisor; code = parentOf(code)) {
      supervisor = headOf(code, official.rank);
    }
    result.set(official.email, supervisor && supervisor.email !== official.email ? supervisor.email : null);
  }
  return result;
}
