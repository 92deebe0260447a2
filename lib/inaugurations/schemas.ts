/** What the ceremony forms send (zod only; messages are catalogue keys). */
import { z } from "zod";
import { ATTENDANCE_MARKS } from "@/lib/attendance/roster";
import { MeetingMode } from "@/lib/generated/prisma/enums";
import {
  clockTime as clock,
  dateOnly,
  formList,
  optionalRecordId,
  optionalText,
  recordId,
  recordVersion,
  text,
} from "@/lib/validations/input";
import { decreeComplete, decreeFields } from "@/lib/appointments/proposal-schemas";

/** Jadwal pelantikan: when and where, who inaugurates, the witnesses and the clergy. */
export const inaugurationInput = z
  .object({
    id: optionalRecordId,
    version: recordVersion.optional(),
    title: text({ max: 200 }),
    date: dateOnly({ min: "2000-01-01" }),
    time: clock,
    mode: z.enum(MeetingMode),
    location: optionalText({ max: 200 }),
    onlineUrl: optionalText({ max: 500 }),
    officiantName: text({ max: 200 }),
    officiantTitle: text({ max: 200 }),
    witnessOne: optionalText({ max: 200 }),
    witnessTwo: optionalText({ max: 200 }),
    clergy: optionalText({ max: 500 }),
  })
  .superRefine((input, context) => {
    if (input.mode !== "ONLINE" && !input.location)
      context.addIssue({ code: "custom", path: ["location"], message: "inaugurations.validation.location" });
    if (input.mode !== "ONSITE" && !input.onlineUrl)
      context.addIssue({
        code: "custom",
        path: ["onlineUrl"],
        message: "inaugurations.validation.onlineUrl",
      });
  });

/** The approved proposals to put on the ceremony's list. */
export const appointeesInput = z.object({
  id: recordId,
  proposalIds: formList(z.array(recordId).min(1, "inaugurations.validation.noneChosen")),
});

export const removeAppointeeInput = z.object({ id: recordId, appointeeId: recordId });

export const attendanceInput = z.object({
  inaugurationId: recordId,
  appointeeId: recordId,
  status: z.enum(ATTENDANCE_MARKS),
});

/** SK kolektif: one decree for every appointee of the ceremony who has none yet. */
export const collectiveDecreeInput = z
  .object({ id: recordId, ...decreeFields })
  .superRefine(decreeComplete)
  .refine((input) => Boolean(input.decreeNumber), {
    path: ["decreeNumber"],
    message: "appointments.validation.decreeNumber",
  });
