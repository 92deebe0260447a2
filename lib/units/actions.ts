"use server";

import { redirect } from "next/navigation";
import type { Mutation } from "@/lib/actions/mutation";
import type { ActionState } from "@/lib/actions/submit";
import { submitMutation } from "@/lib/actions/submit";
import type { z } from "zod";
import {
  abolishPosition,
  createPosition,
  createSection,
  createUnit,
  updatePosition,
  updateSection,
  updateUnit,
} from "./mutations";

/** A unit form's state: on failure it carries the typed values back, so the form shows them again. */
export type UnitFormState = ActionState & { values?: Record<string, string> };

/** Every page that shows units, sections, posts or the posture. */
function pathsFor(unitCode: string): string[] {
  return ["/satuan-kerja", `/satuan-kerja/${unitCode}`, "/satuan-kerja/posisi-sdm"];
}

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("$ACTION") && typeof value === "string") values[key] = value;
  }
  return values;
}

type Outcome = ActionState & { data?: { unitCode: string } };

/** Success leaves for the unit page; failure returns the message, field errors and typed values. */
function finish(outcome: Outcome, formData: FormData): UnitFormState {
  if (outcome.ok && outcome.data) redirect(`/satuan-kerja/${outcome.data.unitCode}`);
  return {
    ok: false,
    message: outcome.message,
    fieldErrors: outcome.fieldErrors,
    values: typedValues(formData),
  };
}

/** Runs the mutation on the form; a conflict names the changed fields with the form's own labels. */
function submit<S extends z.ZodType>(mutation: Mutation<S, { unitCode: string }>, formData: FormData) {
  return submitMutation(mutation, formData, {
    fieldLabels: "units.fields",
    revalidate: (data) => pathsFor(data.unitCode),
  });
}

export async function saveUnit(_previous: UnitFormState, formData: FormData): Promise<UnitFormState> {
  const outcome = formData.has("id")
    ? await submit(updateUnit, formData)
    : await submit(createUnit, formData);
  return finish(outcome, formData);
}

export async function saveSection(_previous: UnitFormState, formData: FormData): Promise<UnitFormState> {
  const outcome = formData.has("id")
    ? await submit(updateSection, formData)
    : await submit(createSection, formData);
  return finish(outcome, formData);
}

export async function savePosition(_previous: UnitFormState, formData: FormData): Promise<UnitFormState> {
  const outcome = formData.has("id")
    ? await submit(updatePosition, formData)
    : await submit(createPosition, formData);
  return finish(outcome, formData);
}

export async function abolishPositionAction(
  _previous: UnitFormState,
  formData: FormData,
): Promise<UnitFormState> {
  return finish(await submit(abolishPosition, formData), formData);
}
