"use server";

/**
 * The import page's server actions. The preview writes nothing; the commit takes the same file again (the page
 * keeps the File the clerk chose and sends it with the preview's hash and plan digest), reads and checks it anew
 * through commitInput, and the commit refuses a file other than the previewed one or a plan that changed. See
 * docs/decisions/007-officials-import.md.
 */
import { requestContext, runMutation, type SubmitContext } from "@/lib/actions/submit";
import { can } from "@/lib/auth/policy";
import { readFormFile, type UploadedFile } from "@/lib/uploads/form-file";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";
import { commitInput, commitOfficialImport } from "./commit";
import { MAX_FILE_BYTES } from "./limits";
import { planImportFile } from "./load-plan";
import { describeProblem, presentPreview, type CommitState, type PreviewState } from "./page-state";

type Uploaded = { ok: true; context: SubmitContext; file: UploadedFile } | { ok: false; message: string };

async function upload(formData: FormData): Promise<Uploaded> {
  const context = await requestContext();
  if (!can(context.user, "official.manage")) return { ok: false, message: context.t("errors.forbidden") };
  try {
    return {
      ok: true,
      context,
      file: await readFormFile(formData.get("file"), { maxBytes: MAX_FILE_BYTES }),
    };
  } catch (error) {
    if (error instanceof UploadRefusedError)
      return { ok: false, message: context.t(error.reason, error.params) };
    throw error;
  }
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export async function previewImport(formData: FormData): Promise<PreviewState> {
  const uploaded = await upload(formData);
  if (!uploaded.ok) return uploaded;
  const { context, file } = uploaded;
  const planned = await planImportFile(context.user, file);
  return { ok: true, preview: presentPreview(context.t, file, planned) };
}

export async function commitImport(formData: FormData): Promise<CommitState> {
  const uploaded = await upload(formData);
  if (!uploaded.ok) return uploaded;
  const { context, file } = uploaded;
  const read = await commitInput(file, {
    sha256: field(formData, "sha256"),
    digest: field(formData, "digest"),
  });
  if (!read.ok) return { ok: false, message: describeProblem(context.t, read.problem) };
  const result = await runMutation(commitOfficialImport, read.input, context, {
    revalidate: () => ["/pegawai"],
  });
  if (!result.ok || !result.data) return { ok: false, message: result.message };
  return { ok: true, message: context.t("import.commit.success", { ...result.data }), result: result.data };
}
