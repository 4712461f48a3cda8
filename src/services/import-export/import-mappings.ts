import type { Selectable } from "kysely";
import { changeOf } from "../../db/repositories/history.ts";
import { tenantRows } from "../../db/repositories/tenant-rows.ts";
import type { ImportMappingsTable } from "../../db/schema.ts";
import { notFound } from "../../domain/errors.ts";
import type { ColumnMapping } from "../../domain/okr-table.ts";
import { authorize } from "../../domain/policies.ts";
import type { SaveImportMappingInput } from "../../schemas/import-export.ts";
import { newRow, readTenant, type ServiceContext } from "../context.ts";
import { deleteRow, lockRow } from "../tenant-reads.ts";
import { defineUseCase } from "../use-case.ts";
import type { Scope } from "../write.ts";

// An organisation's saved column mappings (issue 14 point 4, migration 0047): how another tool's
// spreadsheet names Grove's columns, kept so the next quarter's export of that tool imports with
// one choice. Admins keep them (and an admin's write token), as only they import (docs/import-export.md).

export interface ImportMappingView {
  id: string;
  name: string;
  columns: ColumnMapping;
  createdAt: Date;
  updatedAt: Date;
}

type Row = Selectable<ImportMappingsTable>;

const viewOf = (row: Row): ImportMappingView => ({
  id: row.id,
  name: row.name,
  columns: row.columns as ColumnMapping,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

export async function listImportMappings(ctx: ServiceContext, scope: Scope): Promise<ImportMappingView[]> {
  authorize(scope.actor, { do: "manageOkrStructure" });
  const rows = await readTenant(ctx, scope.orgId, (tx) =>
    tx.selectFrom("importMappings").selectAll().where("orgId", "=", scope.orgId).orderBy("name").execute(),
  );
  return rows.map((row) => viewOf(row));
}

/** The mapping's columns, for an import that names it; 404 when it is not the organisation's. */
export async function findImportMapping(ctx: ServiceContext, scope: Scope, id: string): Promise<ColumnMapping> {
  const row = await readTenant(ctx, scope.orgId, (tx) =>
    tx
      .selectFrom("importMappings")
      .select("columns")
      .where("orgId", "=", scope.orgId)
      .where("id", "=", id)
      .executeTakeFirst(),
  );
  if (!row) throw notFound("Import mapping");
  return row.columns as ColumnMapping;
}

export const createImportMapping = defineUseCase(
  "structure",
  async ({ tx, ctx, orgId }, input: SaveImportMappingInput) => {
    const row = await tenantRows("importMappings").insert(tx, {
      ...newRow(ctx, orgId),
      name: input.name,
      columns: JSON.stringify(input.columns),
    });
    return {
      result: viewOf(row),
      history: [changeOf("import_mapping", row.id, null, { name: row.name, columns: row.columns })],
    };
  },
);

export const updateImportMapping = defineUseCase(
  "structure",
  async ({ tx, ctx, orgId }, id: string, input: SaveImportMappingInput) => {
    const before = await lockRow(tx, orgId, "importMappings", id, "Import mapping");
    const changes = { name: input.name, columns: JSON.stringify(input.columns), updatedAt: ctx.now() };
    const row = (await tenantRows("importMappings").update(tx, orgId, id, changes)) as Selectable<ImportMappingsTable>;
    return {
      result: viewOf(row),
      history: [
        changeOf(
          "import_mapping",
          id,
          { name: before.name, columns: before.columns },
          { name: row.name, columns: row.columns },
        ),
      ],
    };
  },
);

export const deleteImportMapping = defineUseCase("structure", async ({ tx, orgId }, id: string) => {
  const deleted = await deleteRow(tx, orgId, "importMappings", id, "Import mapping");
  return {
    result: undefined,
    history: [changeOf("import_mapping", id, { name: deleted.name, columns: deleted.columns }, null)],
  };
});
