"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { FormAlert, type FormProblem } from "@/components/ui/form/form-alert";
import { CONTROL_CLASS } from "@/components/ui/form-field";
import { Panel } from "@/components/ui/panel";
import { IMPORT_COLUMNS, type ImportColumn } from "@/lib/officials/import/columns";
import type { ImportPreview } from "@/lib/officials/import/page-state";

type Reading = NonNullable<ImportPreview["reading"]>;
export type ColumnMapping = (ImportColumn | null)[];

const NAME_COLUMNS: readonly ImportColumn[] = ["Nama", "Nama dan TTL"];

/**
 * Pemetaan kolom: each column of the file → the column of the import it fills, or "Abaikan". Starts from what the
 * server read (the names it knew, the unit's remembered mapping, or the clerk's last choice) and sends the whole
 * mapping for a new check; a mapping without a name column, or naming one column twice, is refused here first.
 */
export function MappingStep({
  reading,
  pending,
  onSubmit,
}: {
  reading: Reading;
  pending: boolean;
  onSubmit(mapping: ColumnMapping): void;
}) {
  const t = useTranslations("import.mapping");
  const id = useId();
  const alert = useRef<HTMLDivElement>(null);
  const [mapping, setMapping] = useState<ColumnMapping>(() => reading.columns.map(({ column }) => column));
  const [refusal, setRefusal] = useState<{ message: string; problems: FormProblem[] } | null>(null);
  useEffect(() => {
    if (refusal) alert.current?.focus();
  }, [refusal]);
  const controlId = (index: number) => `${id}-column-${index}`;
  const headerOf = (index: number) =>
    reading.columns[index]?.header.trim() || t("blankHeader", { number: index + 1 });

  const problemsOf = (chosen: ColumnMapping): FormProblem[] => {
    const problems: FormProblem[] = [];
    chosen.forEach((column, index) => {
      if (column && chosen.indexOf(column) !== index)
        problems.push({
          id: controlId(index),
          label: headerOf(index),
          messages: [t("repeated", { column, first: headerOf(chosen.indexOf(column)) })],
        });
    });
    if (!chosen.some((column) => column && NAME_COLUMNS.includes(column)))
      problems.unshift({ messages: [t("missingName")] });
    return problems;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = problemsOf(mapping);
    if (problems.length > 0) {
      setRefusal({ message: t("refused"), problems });
      return;
    }
    setRefusal(null);
    onSubmit(mapping);
  };

  const invalid = new Set(refusal?.problems.flatMap((problem) => (problem.id ? [problem.id] : [])));
  return (
    <Panel id="import-mapping-heading" level={3} title={t("title")} description={t("intro")}>
      <form onSubmit={submit} noValidate className="space-y-3 p-4">
        <FormAlert ref={alert} message={refusal?.message} problems={refusal?.problems} />
        <DataTable
          variant="plain"
          caption={t("title")}
          captionHidden
          rowHeader
          rows={reading.columns}
          rowKey={({ index }) => String(index)}
          columns={[
            {
              key: "file",
              header: t("fileColumn"),
              cell: ({ index }) => <label htmlFor={controlId(index)}>{headerOf(index)}</label>,
            },
            {
              key: "import",
              header: t("importColumn"),
              cell: ({ index }) => (
                <select
                  id={controlId(index)}
                  aria-label={t("selectLabel", { header: headerOf(index) })}
                  aria-invalid={invalid.has(controlId(index)) ? true : undefined}
                  value={mapping[index] ?? ""}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setMapping((current) =>
                      current.map((column, at) =>
                        at === index ? (IMPORT_COLUMNS.find((known) => known === value) ?? null) : column,
                      ),
                    );
                  }}
                  className={`${CONTROL_CLASS} mt-0`}
                >
                  <option value="">{t("ignored")}</option>
                  {IMPORT_COLUMNS.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              ),
            },
          ]}
        />
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
    </Panel>
  );
}
