"use server";

/**
 * The import page's server actions. The preview writes nothing; the commit takes the same file again (the page
 * keeps the File the clerk chose and sends it with the preview's hash and plan digest), reads and checks it anew
 * and refuses if it is not the previewed file or the plan changed. See docs/decisions/007-officials-import.md.
 */
import { getTranslations } from "next-intl/server";
import { submitMutation } from "@/lib/actions/submit";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { commitOfficialImport } from "./commit";
import { MAX_FILE_LABEL } from "./limits";
import { presentPreview } from "./present";
import { previewImportFile, tableOf } from "./preview";
import { readUpload } from "./upload";
import type { CommitState, PreviewState } from "./view";

async function upload(formData: FormData) {
  const user = await requireUser();
  const t = await getTranslations();
  if (!can(user, "official.manage")) return { ok: false as const, message: t("errors.forbidden") };
  const read = await readUpload(formData.get("file"));
  if (!read.ok) {
    return { ok: false as const, message: t(`import.upload.${read.problem}`, { size: MAX_FILE_LABEL }) };
  }
  return { ok: true as const, user, t, file: read.file };
}

export async function previewImport(formData: FormData): Promise<PreviewState> {
  const uploaded = await upload(formData);
  if (!uploaded.ok) return uploaded;
  const prepared = await previewImportFile(uploaded.user, uploaded.file);
  return { ok: true, preview: presentPreview(uploaded.t, uploaded.file, prepared) };
}

export async function commitImport(formData: FormData): Promise<CommitState> {
  const uploaded = await upload(formData);
  if (!uploaded.ok) return uploaded;
  const { t, file } = uploaded;
  if (formData.get("sha256") !== file.sha256) return { ok: false, message: t("import.errors.fileChanged") };
  const read = await tableOf(file);
  if (!read.ok) return { ok: false, message: t("import.errors.fileProblems") };
  const digest = formData.get("digest");
  const result = await submitMutation(
    commitOfficialImport,
    {
      fileName: file.fileName,
      sha256: file.sha256,
      table: read.table,
      expectedDigest: typeof digest === "string" ? digest : "",
    },
    { revalidate: () => ["/pegawai"] },
  );
  if (!result.ok || !result.data) return { ok: false, message: result.message };
  return { ok: true, message: t("import.commit.success", { ...result.data }), result: result.data };
}
