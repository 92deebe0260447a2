/**
 * The import page's two steps for a given user, taking the form the page posts: the preview (pratinjau) reads and
 * plans the uploaded file and writes nothing; the commit takes the same file again (the page keeps the File the
 * clerk chose and sends it with the preview's hash and plan digest), reads and checks it anew through commitInput,
 * and refuses a file other than the previewed one or a plan that changed. actions.ts wraps them for the request;
 * tests call them with a user. See docs/decisions/007-officials-import.md.
 */
import "server-only";
import { runMutation, type SubmitContext } from "@/lib/actions/submit";
import { can } from "@/lib/auth/policy";
import { readFormFile, type UploadedFile } from "@/lib/uploads/form-file";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";
import { commitInput, commitOfficialImport } from "./commit";
import { MAX_FILE_BYTES } from "./limits";
import { EmploymentType } from "@/lib/generated/prisma/enums";
import { isImportColumn } from "./columns";
import { planImportFile, type ImportOptions } from "./load-plan";
import { describeProblem, presentPreview, type CommitState, type PreviewState } from "./page-state";

type Uploaded = { ok: true; file: UploadedFile } | { ok: false; message: string };

async function upload(formData: FormData, context: SubmitContext): Promise<Uploaded> {
  if (!can(context.user, "official.manage")) return { ok: false, message: context.t("errors.forbidden") };
  try {
    return { ok: true, file: await readFormFile(formData.get("file"), { maxBytes: MAX_FILE_BYTES }) };
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

/** The choices made once for the file: its unit, its employment type, and the clerk's column mapping (JSON). */
function optionsOf(formData: FormData): ImportOptions {
  const unitId = field(formData, "unitId");
  const employmentType = field(formData, "employmentType");
  let mapping: ImportOptions["mapping"];
  try {
    const parsed: unknown = JSON.parse(field(formData, "mapping") || "null");
    if (Array.isArray(parsed) && parsed.length <= 200)
      mapping = parsed.map((value) => (isImportColumn(value) ? value : null));
  } catch {
    mapping = undefined;
  }
  return {
    ...(unitId ? { unitId } : {}),
    ...((Object.values(EmploymentType) as string[]).includes(employmentType)
      ? { employmentType: employmentType as EmploymentType }
      : {}),
    ...(mapping ? { mapping } : {}),
  };
}

export async function runPreview(formData: FormData, context: SubmitContext): Promise<PreviewState> {
  const uploaded = await upload(formData, context);
  if (!uploaded.ok) return uploaded;
  const planned = await planImportFile(context.user, uploaded.file, undefined, optionsOf(formData));
  return { ok: true, preview: presentPreview(context.t, uploaded.file, planned) };
}

export async function runCommit(formData: FormData, context: SubmitContext): Promise<CommitState> {
  const uploaded = await upload(formData, context);
  if (!uploaded.ok) return uploaded;
  const { file } = uploaded;
  const read = await commitInput(
    file,
    {
      sha256: field(formData, "sha256"),
      digest: field(formData, "digest"),
    },
    optionsOf(formData),
  );
  if (!read.ok) return { ok: false, message: describeProblem(context.t, read.problem) };
  const result = await runMutation(commitOfficialImport, read.input, context, {
    revalidate: () => ["/pegawai"],
  });
  if (!result.ok || !result.data) return { ok: false, message: result.message };
  return { ok: true, message: context.t("import.commit.success", { ...result.data }), result: result.data };
}
