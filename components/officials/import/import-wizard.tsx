"use client";

import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/form/form-alert";
import type { SelectOption } from "@/components/ui/select-field";
import { commitImport, previewImport } from "@/lib/officials/import/actions";
import { ACCEPTED_EXTENSIONS, MAX_FILE_BYTES, MAX_FILE_LABEL } from "@/lib/officials/import/limits";
import type { CommitState, ImportPreview } from "@/lib/officials/import/page-state";
import { CommitPanel } from "./commit-panel";
import { MappingStep, type ColumnMapping } from "./mapping-step";
import { PreviewSummary } from "./preview-summary";
import { ProblemTable } from "./problem-table";
import { ReadingPanel } from "./reading-panel";
import { RowTable } from "./row-table";
import { UploadForm, type FileChoices } from "./upload-form";

/** The mapping step opens by itself when the file as a whole was refused after its header row was found. */
const needsMapping = (preview: ImportPreview) =>
  preview.reading !== null &&
  preview.rows.length === 0 &&
  preview.problems.some((problem) => problem.rowNumber === null);

/**
 * Check, then import. The chosen File stays in this component between the two steps and is sent again with the
 * commit (a file input cannot be refilled), together with the preview's hash and plan digest and the choices
 * made for the file (unit, employment type, the clerk's column mapping), so the commit plans what was previewed.
 */
export function ImportWizard({ units, defaultUnitId }: { units: SelectOption[]; defaultUnitId: string }) {
  const t = useTranslations("import");
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [choices, setChoices] = useState<FileChoices>({ unitId: defaultUnitId, employmentType: "" });
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [mappingOpen, setMappingOpen] = useState(false);
  const [uploadError, setUploadError] = useState<string>();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<CommitState | null>(null);
  const [checking, startChecking] = useTransition();
  const [committing, startCommitting] = useTransition();
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (preview) summaryHeading.current?.focus();
  }, [preview]);

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setMapping(null);
    setMappingOpen(false);
    setUploadError(undefined);
  };

  const changeChoices = (next: FileChoices) => {
    setChoices(next);
    // The mapping is remembered per unit: another unit may have another one; check again.
    setPreview(null);
  };

  const localProblem = (chosen: File | null) => {
    if (!chosen) return t("upload.missing");
    if (!ACCEPTED_EXTENSIONS.some((extension) => chosen.name.toLowerCase().endsWith(extension))) {
      return t("upload.unsupportedType");
    }
    if (chosen.size > MAX_FILE_BYTES) return t("upload.tooLarge", { size: MAX_FILE_LABEL });
    return undefined;
  };

  const formFor = (chosen: File, columns: ColumnMapping | null) => {
    const form = new FormData();
    form.set("file", chosen);
    form.set("unitId", choices.unitId);
    form.set("employmentType", choices.employmentType);
    if (columns) form.set("mapping", JSON.stringify(columns));
    return form;
  };

  const check = (columns: ColumnMapping | null = mapping) => {
    setOutcome(null);
    const problem = localProblem(file);
    if (problem || !file) {
      setUploadError(problem);
      fileInput.current?.focus();
      return;
    }
    startChecking(async () => {
      try {
        const state = await previewImport(formFor(file, columns));
        setUploadError(state.ok ? undefined : state.message);
        if (!state.ok) fileInput.current?.focus();
        setMapping(columns);
        setPreview(state.preview ?? null);
        setMappingOpen(state.preview ? needsMapping(state.preview) : false);
      } catch {
        setUploadError(t("errors.unexpected"));
      }
    });
  };

  const commit = () => {
    if (!file || !preview) return;
    const form = formFor(file, mapping);
    form.set("sha256", preview.sha256);
    form.set("digest", preview.digest);
    startCommitting(async () => {
      try {
        const state = await commitImport(form);
        setOutcome(state);
        if (state.ok) {
          setPreview(null);
          setFile(null);
          setMapping(null);
          setMappingOpen(false);
          setFormKey((key) => key + 1);
        }
      } catch {
        setOutcome({ ok: false, message: t("errors.unexpected") });
      }
    });
  };

  const reading = preview?.reading ?? null;
  return (
    <div className="space-y-6">
      <UploadForm
        key={formKey}
        units={units}
        choices={choices}
        onChoicesChange={changeChoices}
        onFileChange={chooseFile}
        onSubmit={() => check()}
        pending={checking}
        error={uploadError}
        fileRef={fileInput}
      />
      {outcome ? (
        <div className="space-y-2">
          <FormAlert tone={outcome.ok ? "success" : "error"} message={outcome.message} />
          {outcome.ok ? (
            <Link href="/pegawai" className="inline-block text-sm font-medium text-brand-700 hover:underline">
              {t("commit.viewList")}
            </Link>
          ) : null}
        </div>
      ) : null}
      {preview ? (
        <>
          <PreviewSummary preview={preview} headingRef={summaryHeading} />
          {preview.problems.length > 0 ? <ProblemTable problems={preview.problems} /> : null}
          {reading ? (
            <ReadingPanel
              reading={reading}
              actions={
                mappingOpen ? null : (
                  <button
                    type="button"
                    onClick={() => setMappingOpen(true)}
                    className="text-sm font-medium text-brand-700 hover:underline"
                  >
                    {t("mapping.edit")}
                  </button>
                )
              }
            />
          ) : null}
          {reading && mappingOpen ? (
            <MappingStep
              key={`${preview.sha256}:${reading.signature}:${reading.mappingSource}`}
              reading={reading}
              pending={checking}
              onSubmit={(columns) => check(columns)}
            />
          ) : null}
          <CommitPanel preview={preview} pending={committing} onCommit={commit} />
          {preview.rows.length > 0 ? <RowTable rows={preview.rows} /> : null}
        </>
      ) : null}
    </div>
  );
}
