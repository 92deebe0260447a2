/**
 * Adding and removing a record's files (lampiran). One pair of mutations per kind of record, because each kind has
 * its own `manage` action in the policy (owners.ts); both authorise on the record's unit as it is now, and audit
 * the file's metadata, never its bytes.
 */
import "server-only";
import { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/actions/errors";
import { defineMutation, type Mutation } from "@/lib/actions/mutation";
import { lockRow } from "@/lib/db/lock-row";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordId } from "@/lib/validations/input";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";
import { isCheckedFile, typesLabel, type CheckedFile } from "./checked-file";
import {
  ATTACHMENT_ENTITY_TYPES,
  ATTACHMENT_OWNERS,
  type AttachmentEntityType,
  type AttachmentOwner,
  type OwnerPlace,
} from "./owners";

export const attachmentUploadSchema = z.object({
  entityType: z.enum(ATTACHMENT_ENTITY_TYPES),
  entityId: recordId,
  file: z.custom<CheckedFile>(isCheckedFile, "required"),
});

export const attachmentRemovalSchema = z.object({
  id: recordId,
  entityType: z.enum(ATTACHMENT_ENTITY_TYPES),
});

/** What a change of files answers: the file, and the page of the record it belongs to. */
export interface AttachmentChange {
  id: string;
  fileName: string;
  page: string;
}

type UploadMutation = Mutation<typeof attachmentUploadSchema, AttachmentChange>;
type RemovalMutation = Mutation<typeof attachmentRemovalSchema, AttachmentChange>;

/** The stored columns the audit log and the pages see: everything but the content. */
const METADATA = {
  id: true,
  unitId: true,
  entityType: true,
  entityId: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  uploadedById: true,
  createdAt: true,
} satisfies Prisma.AttachmentSelect;

async function placeOf(
  tx: Prisma.TransactionClient,
  owner: AttachmentOwner,
  entityType: string,
  entityId: string,
): Promise<OwnerPlace> {
  if (owner.table) await lockRow(tx, owner.table, entityId);
  const place = (await owner.find(tx, [entityId])).get(entityId);
  if (!place) throw new NotFoundError(entityType);
  return place;
}

/** Files of a submitted record stay as they were submitted (checked after scope: out of reach is "not found"). */
function assertOpen(place: OwnerPlace): void {
  if (place.locked) throw new DomainError("attachments.errors.recordLocked");
}

function uploadFor(entityType: AttachmentEntityType): UploadMutation {
  const owner: AttachmentOwner = ATTACHMENT_OWNERS[entityType];
  return defineMutation({
    action: owner.manage,
    schema: attachmentUploadSchema,
    async run({ tx, user, input, authorize, audit }) {
      if (input.entityType !== entityType) throw new NotFoundError(input.entityType);
      const place = await placeOf(tx, owner, entityType, input.entityId);
      authorize(place);
      assertOpen(place);
      const { file } = input;
      if (!owner.types.includes(file.type)) {
        throw new UploadRefusedError("unsupportedType", { types: typesLabel(owner.types) });
      }
      const attachment = await tx.attachment.create({
        data: {
          unitId: place.unitId,
          entityType,
          entityId: input.entityId,
          fileName: file.fileName,
          mimeType: file.mimeType,
          sizeBytes: file.bytes.length,
          sha256: file.sha256,
          content: new Uint8Array(file.bytes),
          uploadedById: user.id,
        },
        select: METADATA,
      });
      await audit({
        action: "attachment.add",
        entityType: "Attachment",
        entityId: attachment.id,
        unitId: place.unitId,
        after: attachment,
      });
      return { id: attachment.id, fileName: attachment.fileName, page: place.page };
    },
  });
}

function removalFor(entityType: AttachmentEntityType): RemovalMutation {
  const owner: AttachmentOwner = ATTACHMENT_OWNERS[entityType];
  return defineMutation({
    action: owner.manage,
    schema: attachmentRemovalSchema,
    async run({ tx, input, authorize, audit }) {
      const attachment = await tx.attachment.findFirst({
        where: { id: input.id, entityType },
        select: METADATA,
      });
      if (!attachment || input.entityType !== entityType) throw new NotFoundError("Attachment");
      const place = await placeOf(tx, owner, entityType, attachment.entityId);
      authorize(place);
      assertOpen(place);
      await tx.attachment.delete({ where: { id: attachment.id } });
      await audit({
        action: "attachment.remove",
        entityType: "Attachment",
        entityId: attachment.id,
        unitId: place.unitId,
        before: attachment,
      });
      return { id: attachment.id, fileName: attachment.fileName, page: place.page };
    },
  });
}

const byType = <M>(make: (entityType: AttachmentEntityType) => M) =>
  Object.fromEntries(ATTACHMENT_ENTITY_TYPES.map((type) => [type, make(type)])) as Record<
    AttachmentEntityType,
    M
  >;

/** Lampirkan berkas: one mutation per kind of record. */
export const uploadAttachment = byType(uploadFor);

/** Hapus lampiran. */
export const removeAttachment = byType(removalFor);
