// The organisation tree of the synthetic government: ministries (with the demo seed's real
// subtrees for six of them), their departments, and field offices named after cities, with a
// headcount per organisation. Ministry sizes fall off by rank (Zipf-like); inside a ministry a
// few field offices are large and most are small. Pure: the same plan for the same arguments.
import type { OrganisationKind } from "../../generated/prisma/client";
import { ORGANISATION_TREE, type OrganisationNode } from "../../../prisma/seed-data/organisations";
import { CITIES, MINISTRIES, type FieldUnitSpec, type MinistrySpec } from "./ministries";
import { createRng } from "./rng";
import { apportion, zipfWeights } from "./samplers";

export type PlannedOrganisation = {
  index: number;
  code: string;
  name: string;
  nameHi: string | null;
  kind: OrganisationKind;
  parentIndex: number | null;
  depth: number;
  ministryIndex: number;
  /** Ministries and departments; field offices and agencies are not. */
  isSecretariat: boolean;
  /** The seed code of the node a field office was opened under (it picks the office's posts). */
  fieldParentCode: string | null;
  officials: number;
};

export type OrganisationPlan = { organisations: PlannedOrganisation[]; ministryOfficials: number[] };

/** Ministry sizes are proportional to 1/rank^this. */
export const MINISTRY_SIZE_EXPONENT = 1.1;
/** Field offices of a ministry share its officials in proportion to 1/rank^this. */
export const FIELD_OFFICE_SIZE_EXPONENT = 0.9;
/** Share of a ministry's officials in its headquarters, departments and seeded agencies. */
export const HEADQUARTERS_SHARE = 0.12;
export const MAX_ORGANISATIONS = 2500;
const OFFICIALS_PER_ORGANISATION = 400;
const MAX_DEPTH = 4;

/** About 2,500 organisations for a million officials, fewer for smaller runs. */
export function targetOrganisationCount(officials: number): number {
  return Math.min(MAX_ORGANISATIONS, Math.round(officials / OFFICIALS_PER_ORGANISATION));
}

type Node = {
  code: string;
  name: string;
  nameHi: string | null;
  kind: OrganisationKind;
  parentCode: string | null;
  ministryIndex: number;
  fieldParentCode: string | null;
  sizeWeight: number;
  isField: boolean;
  depth: number;
};

function seededNodes(spec: MinistrySpec, ministryIndex: number): Node[] {
  const root = ORGANISATION_TREE.find((node) => node.code === spec.code);
  if (!root) throw new Error(`Ministry ${spec.code} is marked as seeded but is not in the seed tree.`);
  const nodes: Node[] = [];
  const walk = (node: OrganisationNode, parentCode: string | null, depth: number) => {
    nodes.push({
      code: node.code, name: node.name, nameHi: node.nameHi ?? null, kind: node.kind, parentCode, ministryIndex,
      fieldParentCode: null, sizeWeight: depth === 0 ? 3 : 2, isField: false, depth,
    });
    for (const child of node.children ?? []) walk(child, node.code, depth + 1);
  };
  walk(root, null, 0);
  return nodes;
}

function headquartersNodes(spec: MinistrySpec, ministryIndex: number): Node[] {
  return [
    { code: spec.code, name: spec.name, nameHi: spec.nameHi, kind: "MINISTRY", parentCode: null, ministryIndex, fieldParentCode: null, sizeWeight: 3, isField: false, depth: 0 },
    ...(spec.departments ?? []).map(([code, name, nameHi]): Node => ({
      code, name, nameHi, kind: "DEPARTMENT", parentCode: spec.code, ministryIndex, fieldParentCode: null, sizeWeight: 2, isField: false, depth: 1,
    })),
  ];
}

function fieldNodes(spec: MinistrySpec, ministryIndex: number, count: number, fixed: Node[], seed: number): Node[] {
  if (count === 0 || spec.fieldUnits.length === 0) return [];
  const rng = createRng("field-offices", seed, ministryIndex);
  const departments = fixed.filter((node) => node.kind === "DEPARTMENT");
  const defaultParents = departments.length > 0 ? departments.map((node, i) => [node.code, i === 0 ? 2 : 1] as const) : [[spec.code, 1] as const];
  const depthOf = new Map(fixed.map((node) => [node.code, node.depth]));
  const cityQueues = new Map<string, string[]>();
  const rounds = new Map<string, number>();
  const nodes: Node[] = [];
  for (let i = 0; i < count; i++) {
    const unit: FieldUnitSpec = rng.weighted(spec.fieldUnits.map((candidate) => [candidate, candidate.weight ?? 1] as const));
    let parentCode = unit.parentCode ?? rng.weighted(defaultParents);
    // Some offices report to a larger office of the same line rather than to headquarters.
    const siblings = nodes.filter((node) => node.fieldParentCode === (unit.parentCode ?? parentCode) && node.depth < MAX_DEPTH);
    if (siblings.length > 0 && rng.chance(0.3)) parentCode = rng.pick(siblings).code;
    let queue = cityQueues.get(unit.label);
    if (!queue || queue.length === 0) {
      queue = rng.shuffle(CITIES);
      cityQueues.set(unit.label, queue);
      rounds.set(unit.label, (rounds.get(unit.label) ?? 0) + 1);
    }
    const city = queue.pop() as string;
    const round = rounds.get(unit.label) ?? 1;
    const depth = (depthOf.get(parentCode) ?? 0) + 1;
    const code = `${spec.code}-F${String(i + 1).padStart(4, "0")}`;
    depthOf.set(code, depth);
    nodes.push({
      code,
      name: `${unit.label}${round > 1 ? ` ${["", "", "II", "III", "IV", "V", "VI", "VII", "VIII"][round] ?? round}` : ""}, ${city}`,
      nameHi: null,
      kind: "ORGANISATION",
      parentCode,
      ministryIndex,
      fieldParentCode: unit.parentCode ?? parentCode,
      sizeWeight: 0,
      isField: true,
      depth,
    });
  }
  return nodes;
}

export function planOrganisations(options: { officials: number; seed: number }): OrganisationPlan {
  const ministryOfficials = apportion(options.officials, zipfWeights(MINISTRIES.length, MINISTRY_SIZE_EXPONENT));
  const fixedByMinistry = MINISTRIES.map((spec, index) => (spec.isSeeded ? seededNodes(spec, index) : headquartersNodes(spec, index)));
  const fixedCount = fixedByMinistry.reduce((sum, nodes) => sum + nodes.length, 0);
  const fieldTotal = Math.max(0, targetOrganisationCount(options.officials) - fixedCount);
  const fieldWeights = MINISTRIES.map((spec, index) => (spec.fieldUnits.length > 0 ? Math.pow(ministryOfficials[index] ?? 0, 0.75) : 0));
  const fieldCounts = fieldWeights.some((weight) => weight > 0) ? apportion(fieldTotal, fieldWeights) : MINISTRIES.map(() => 0);

  const organisations: PlannedOrganisation[] = [];
  MINISTRIES.forEach((spec, ministryIndex) => {
    const fixed = fixedByMinistry[ministryIndex] ?? [];
    const field = fieldNodes(spec, ministryIndex, fieldCounts[ministryIndex] ?? 0, fixed, options.seed);
    const nodes = [...fixed, ...field];

    // Headcount: headquarters share by static weight, field offices Zipf over a shuffled order.
    // Offices of the kinds listed first (zonal headquarters, commissionerates) tend to be larger.
    const rng = createRng("field-office-sizes", options.seed, ministryIndex);
    const labelOrder = spec.fieldUnits.map((unit) => unit.label);
    const sortKey = field.map((node) => labelOrder.findIndex((label) => node.name.startsWith(label)) + rng.next() * 2);
    const ranks = new Array<number>(field.length);
    field.map((_, i) => i).sort((a, b) => (sortKey[a] ?? 0) - (sortKey[b] ?? 0)).forEach((fieldIndex, rank) => (ranks[fieldIndex] = rank));
    const zipf = zipfWeights(field.length, FIELD_OFFICE_SIZE_EXPONENT);
    const zipfTotal = zipf.reduce((sum, weight) => sum + weight, 0);
    const fixedTotal = fixed.reduce((sum, node) => sum + node.sizeWeight, 0);
    const fixedShare = field.length > 0 ? HEADQUARTERS_SHARE : 1;
    const weights = [
      ...fixed.map((node) => (fixedShare * node.sizeWeight) / fixedTotal),
      ...field.map((_, i) => ((1 - fixedShare) * (zipf[ranks[i] ?? 0] ?? 0)) / zipfTotal),
    ];
    const headcounts = apportion(ministryOfficials[ministryIndex] ?? 0, weights);

    // Depth-first, children in the order they were opened: every parent precedes its children.
    const children = new Map<string | null, number[]>();
    nodes.forEach((node, i) => children.set(node.parentCode, [...(children.get(node.parentCode) ?? []), i]));
    const visit = (nodeIndex: number, parentIndex: number | null, depth: number) => {
      const node = nodes[nodeIndex] as Node;
      const index = organisations.length;
      organisations.push({
        index, code: node.code, name: node.name, nameHi: node.nameHi, kind: node.kind, parentIndex, depth, ministryIndex,
        isSecretariat: node.kind !== "ORGANISATION", fieldParentCode: node.fieldParentCode, officials: headcounts[nodeIndex] ?? 0,
      });
      for (const child of children.get(node.code) ?? []) visit(child, index, depth + 1);
    };
    for (const root of children.get(null) ?? []) visit(root, null, 0);
  });
  return { organisations, ministryOfficials };
}

/** Every (ancestor, descendant) pair including each organisation with itself at depth 0. */
export function* closureRows(organisations: readonly PlannedOrganisation[]): Generator<{ ancestor: number; descendant: number; depth: number }> {
  for (const organisation of organisations) {
    let depth = 0;
    for (let at: number | null = organisation.index; at !== null; at = organisations[at]?.parentIndex ?? null) {
      yield { ancestor: at, descendant: organisation.index, depth };
      depth++;
    }
  }
}
