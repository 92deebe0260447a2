/** What the proposal forms send (zod only; messages are catalogue keys). */
import { z } from "zod";
import {
  optionalDate,
  optionalRecordId,
  optionalText,
  recordId,
  recordVersion,
  text,
} from "@/lib/validations/input";
import { transitionInput } from "@/lib/workflow/transition-mutation";

/** Usulan: the official, the post, and why. */
export const proposalDraftInput = z.object({
  id: optionalRecordId,
  version: recordVersion.optional(),
  officialId: recordId,
  positionId: recordId,
  justification: text({ max: 2000, multiline: true }),
});

/** Surat Keputusan: number and date together, the SRIKANDI reference optional. */
export const decreeFields = {
  decreeNumber: optionalText({ max: 100 }),
  decreeDate: optionalDate({ min: "2000-01-01" }),
  archiveReference: optionalText({ max: 100 }),
};

/** A decree's number and date go together: one without the other is refused on the missing field. */
export function decreeComplete(
  input: { decreeNumber?: string; decreeDate?: Date },
  context: z.RefinementCtx,
): void {
  if (input.decreeNumber && !input.decreeDate)
    context.addIssue({ code: "custom", path: ["decreeDate"], message: "appointments.validation.decreeDate" });
  if (input.decreeDate && !input.decreeNumber)
    context.addIssue({
      code: "custom",
      path: ["decreeNumber"],
      message: "appointments.validation.decreeNumber",
    });
}

/** The last step of the chain: the decision, and the decree when it is already signed. */
export const approveInput = transitionInput.extend(decreeFields).superRefine(decreeComplete);
