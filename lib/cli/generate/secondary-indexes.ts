// Which secondary indexes to drop before the bulk load and rebuild after it. Rows arrive official
// by official, organisation by organisation, with time-ordered ids, so an index led by the
// official, their organisation, or a column with a handful of values is written at a few hot
// pages: cheap to keep, and kept, since the database has CPU to spare while the generator runs.
// An index led by a course, lesson, email, code, verb or timestamp is written all over the tree:
// one sorted build afterwards is far cheaper. The definitions are read back from the catalogue
// (pg_get_indexdef), so what is rebuilt is exactly what the migrations created.
import type pg from "pg";

export type IndexDefinition = { name: string; table: string; firstColumn: string; definition: string };

/** Leading columns whose values arrive in no useful order during the load. */
export const OUT_OF_ORDER_KEYS = new Set(["email", "code", "courseId", "lessonId", "objectType", "objectId", "verb", "weekStart", "awardedAt", "createdAt"]);

export async function findSecondaryIndexes(client: pg.Client, tables: readonly string[]): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `SELECT quote_ident(ic.relname) AS name, t.relname AS "table", coalesce(a.attname, '') AS "firstColumn", pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0]
     WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY t.relname, ic.relname`,
    [tables],
  );
  return rows;
}

export async function dropIndexes(client: pg.Client, indexes: readonly IndexDefinition[]): Promise<void> {
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
}
