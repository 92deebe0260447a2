"use server";

/** The import page's server actions: the signed-in user's request around page-actions.ts. */
import { requestContext } from "@/lib/actions/submit";
import type { CommitState, PreviewState } from "./page-state";
import { runCommit, runPreview } from "./page-actions";

export async function previewImport(formData: FormData): Promise<PreviewState> {
  return runPreview(formData, await requestContext());
}

export async function commitImport(formData: FormData): Promise<CommitState> {
  return runCommit(formData, await requestContext());
}
