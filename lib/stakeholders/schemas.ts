/** What the stakeholder forms send (zod only; messages are catalogue keys). */
import { z } from "zod";
import { StakeholderCategory } from "@/lib/generated/prisma/enums";
import { optionalRecordId, optionalText, recordId, recordVersion, text } from "@/lib/validations/input";

export const organisationInput = z.object({
  id: optionalRecordId,
  version: recordVersion.optional(),
  name: text({ max: 200 }),
  category: z.enum(StakeholderCategory),
  phone: optionalText({ max: 50 }),
  email: optionalText({ max: 200 }),
  address: optionalText({ max: 500 }),
});

export const contactInput = z.object({
  organisationId: recordId,
  name: text({ max: 200 }),
  position: optionalText({ max: 200 }),
  phone: optionalText({ max: 50 }),
  email: optionalText({ max: 200 }),
});
