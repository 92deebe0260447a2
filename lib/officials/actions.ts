"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Mutation } from "@/lib/actions/mutation";
import { submitMutation, type ActionState } from "@/lib/actions/submit";
import { createOfficial, endService, moveOfficial, updateOfficial } from "./mutations";

/** Runs `mutation` on the form and, when it succeeds, opens the official's record page. */
async function submitAndOpen(
  mutation: Mutation<z.ZodType, { id: string }>,
  formData: FormData,
): Promise<ActionState> {
  const result = await submitMutation(mutation, formData, {
    fieldLabels: "officialRecord.fields",
    revalidate: ({ id }) => ["/pegawai", `/pegawai/${id}`],
  });
  if (!result.ok || !result.data)
    return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  redirect(`/pegawai/${result.data.id}`);
}

export async function createOfficialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitAndOpen(createOfficial, formData);
}

export async function updateOfficialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitAndOpen(updateOfficial, formData);
}

export async function moveOfficialAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitAndOpen(moveOfficial, formData);
}

export async function endServiceAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return submitAndOpen(endService, formData);
}
