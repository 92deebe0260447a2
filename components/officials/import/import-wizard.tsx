"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/form/form-alert";
import { commitImport, previewImport } from "@/lib/officials/import/actions";
import { ACCEPTED_EXTENSIONS, MAX_FILE_BYTES, MAX_FILE_LABEL } from "@/lib/officials/import/limits";
import type { CommitState, ImportPreview } from "@/lib/officials/import/page-state";
import { CommitPanel } from "./commit-panel";
import { PreviewSummary } from "./preview-summary";
import { ProblemTable } from "./problem-table";
import { RowTable } from "./row-table";
import { UploadForm } from "./upload-form";

/**
 * Check, then import. The chosen File stays in this component between the two steps and is sent again with the
 * commit (a file input cannot be refilled), together with the preview's hash and plan digest.
 */
export function ImportWizard() {
  const t = useTranslations("import");
  const [file, setFile] = useState<File | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [uploadError, setUploadError] = useState<string>();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [outcome, setOutcome] = useState<CommitState | null>(null);
  const [checking, startChecking] = useTransition();
  const [committing, startCommitting] = useTransition();
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview) summaryHeading.current?.focus();
  }, [preview]);

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setUploadError(undefined);
  };

  const localProblem = (chosen: File | null) => {
    if (!chosen) return t("upload.missing");
    if (!ACCEPTED_EXTENSIONS.some((extension) => chosen.name.toLowerCase().endsWith(extension))) {
      return t("upload.unsupportedType");
    }
    if (chosen.size > MAX_FILE_BYTES) return t("upload.tooLarge", { size: MAX_FILE_LABEL });
    return undefined;
  };

  const check = () => {
    setOutcome(null);
    const problem = localProblem(file);
    if (problem || !file) return setUploadError(problem);
    const form = new FormData();
    form.set("file", file);
    startChecking(async () => {
      try {
        const state = await previewImport(form);
        setUploadError(state.ok ? undefined : state.message);
        setPreview(state.preview ?? null);
      } catch {
        setUploadError(t("errors.unexpected"));
      }
    });
  };

  const commit = () => {
    if (!file || !preview) return;
    const form = new FormData();
    form.set("file", file);
    form.set("sha256", preview.sha256);
    form.set("digest", preview.digest);
    startCommitting(async () => {
      try {
        const state = await commitImport(form);
        setOutcome(state);
        if (state.ok) {
          setPreview(null);
          setFile(null);
          setFormKey((key) => key + 1);
        }
      } catch {
        setOutcome({ ok: false, message: t("errors.unexpected") });
      }
    });
  };

  return (
    <div className="space-y-6">
      <UploadForm
        key={formKey}
        onFileChange={chooseFile}
        onSubmit={check}
        pending={checking}
        error={uploadError}
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
          <CommitPanel preview={preview} pending={committing} onCommit={commit} />
          {preview.rows.length > 0 ? <RowTable rows={preview.rows} /> : null}
        </>
      ) : null}
    </div>
  );
}
