// EXPLAIN (ANALYZE, BUFFERS) of the slowest statements the report pages issued, re-run with the
// parameters they were issued with, summarised to what decides a fix: time, the nodes that
// spend it, sequential scans, indexes used and pages read.
import pg from "pg";
import type { CapturedStatement } from "./report-statements";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Total Time"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  "Temp Written Blocks"?: number;
  "Sort Method"?: string;
  Plans?: PlanNode[];
};

export type PlanSummary = {
  step: string;
  sql: string;
  issuedMs: number;
  executionMs: number;
  planningMs: number;
  rows: number;
  sharedHitBlocks: number;
  sharedReadBlocks: number;
  tempWrittenBlocks: number;
  /** The nodes that spent the most time themselves (not counting their children), heaviest first. */
  hotNodes: { node: string; selfMs: number; rows: number }[];
  seqScans: { relation: string; rows: number; removedByFilter: number }[];
  indexes: string[];
  text: string;
};

const label = (node: PlanNode) =>
  [node["Node Type"], node["Index Name"] ? `using ${node["Index Name"]}` : null, node["Relation Name"] ? `on ${node["Relation Name"]}` : null, node["Sort Method"] ? `(${node["Sort Method"]})` : null]
    .filter(Boolean)
    .join(" ");

const totalMs = (node: PlanNode) => (node["Actual Total Time"] ?? 0) * (node["Actual Loops"] ?? 1);

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

// Parallel workers report per-worker times, so self time is an estimate there; good enough to rank.
function summarisePlan(root: PlanNode) {
  const nodes: { node: string; selfMs: number; rows: number }[] = [];
  const seqScans: PlanSummary["seqScans"] = [];
  const indexes = new Set<string>();
  walk(root, (node) => {
    const children = (node.Plans ?? []).reduce((sum, child) => sum + totalMs(child), 0);
    nodes.push({ node: label(node), selfMs: Math.max(0, totalMs(node) - children), rows: (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1) });
    if (node["Node Type"].includes("Seq Scan") && node["Relation Name"]) {
      seqScans.push({ relation: node["Relation Name"], rows: (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1), removedByFilter: (node["Rows Removed by Filter"] ?? 0) * (node["Actual Loops"] ?? 1) });
    }
    if (node["Index Name"]) indexes.add(node["Index Name"]);
  });
  return { hotNodes: nodes.sort((a, b) => b.selfMs - a.selfMs).slice(0, 4), seqScans, indexes: [...indexes].sort() };
}

export async function explainStatements(databaseUrl: string, statements: readonly CapturedStatement[]): Promise<(PlanSummary | { sql: string; step: string; error: string })[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Read-only, whatever the statement: EXPLAIN ANALYZE runs it.
    await client.query("SET default_transaction_read_only = on");
    const results = [];
    for (const statement of statements) {
      const params = JSON.parse(statement.params) as unknown[];
      try {
        const json = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number; "Planning Time": number }] }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`,
          params,
        );
        const [output] = json.rows[0]!["QUERY PLAN"];
        const text = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING ON) ${statement.sql}`, params);
        const plan = output.Plan;
        results.push({
          step: statement.step,
          sql: statement.sql,
          issuedMs: statement.ms,
          executionMs: output["Execution Time"],
          planningMs: output["Planning Time"],
          rows: plan["Actual Rows"] ?? 0,
          sharedHitBlocks: plan["Shared Hit Blocks"] ?? 0,
          sharedReadBlocks: plan["Shared Read Blocks"] ?? 0,
          tempWrittenBlocks: plan["Temp Written Blocks"] ?? 0,
          ...summarisePlan(plan),
          text: text.rows.map((row) => row["QUERY PLAN"]).join("\n"),
        });
      } catch (error) {
        results.push({ step: statement.step, sql: statement.sql, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return results;
  } finally {
    await client.end();
  }
}
