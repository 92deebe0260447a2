"use server";

/**
 * The attachment forms' server actions. The file is read through the bounded reader and its type found by content
 * before the mutation opens its transaction, so no database connection waits on a file being inflated; the
 * mutation then takes only that checked file. After a change the record's page opens again with the confirmation.
 */
import { redirect } from "next/navigation";
import { setFlash } from "@/lib/actions/flash";
import { requestContext, runMutation, type ActionState, type SubmitContext } from "@/lib/actions/submit";
import { can } from "@/lib/auth/policy";
import type { FileType } from "@/lib/uploads/file-type";
import { readFormFile } from "@/lib/uploads/form-file";
import { MAX_ATTACHMENT_BYTES } from "@/lib/uploads/limits";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";
import { checkAttachmentFile, isCheckedFile, type CheckedFile } from "./checked-file";
import { removeAttachment, uploadAttachment, type AttachmentChange } from "./attachment-mutations";
import { ATTACHMENT_OWNERS, isAttachmentEntityType, type AttachmentEntityType } from "./owners";

function entityTypeOf(formData: FormData): AttachmentEntityType | null {
  const value = formData.get("entityType");
  return typeof value === "string" && isAttachmentEntityType(value) ? value : null;
}

async function checkedUpload(
  formData: FormData,
  types: readonly FileType[],
  context: SubmitContext,
): Promise<CheckedFile | ActionState> {
  try {
    const file = await readFormFile(formData.get("file"), { maxBytes: MAX_ATTACHMENT_BYTES });
    return await checkAttachmentFile(file, types);
  } catch (error) {
    if (!(error instanceof UploadRefusedError)) throw error;
    const message = context.t(error.reason, error.params);
    return { ok: false, message, fieldErrors: { file: [message] } };
  }
}

async function finish(
  result: ActionState & { data?: AttachmentChange },
  saved: string,
  context: SubmitContext,
): Promise<ActionState> {
  if (!result.ok || !result.data)
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  await setFlash(context.t(saved, { name: result.data.fileName }), result.data.page);
  redirect(result.data.page);
}

/** Lampirkan berkas to a record: form fields entityType, entityId, file. */
export async function uploadAttachmentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const context = await requestContext();
  const entityType = entityTypeOf(formData);
  const owner = entityType && ATTACHMENT_OWNERS[entityType];
  // Not even read for someone who may not attach files to this kind of record at all.
  if (!entityType || !owner || !can(context.user, owner.manage)) {
    return { ok: false, message: context.t("errors.notFound") };
  }
  const file = await checkedUpload(formData, owner.types, context);
  if (!isCheckedFile(file)) return file;
  const result = await runMutation(
    uploadAttachment[entityType],
    { entityType, entityId: formData.get("entityId"), file },
    context,
    { revalidate: (change) => [change.page] },
  );
  return finish(result, "attachments.saved.added", context);
}

/** Hapus lampiran: form fields id, entityType. */
export async function removeAttachmentAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const context = await requestContext();
  const entityType = entityTypeOf(formData);
  if (!entityType) return { ok: false, message: context.t("errors.notFound") };
  const result = await runMutation(removeAttachment[entityType], formData, context, {
    revalidate: (change) => [change.page],
  });
  return finish(result, "attachments.saved.removed", context);
}
