import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkAttachmentFile } from "@/lib/attachments/checked-file";
import { attachmentResponse } from "@/lib/attachments/download";
import { removeAttachment, uploadAttachment } from "@/lib/attachments/attachment-mutations";
import { listAttachments } from "@/lib/attachments/queries";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { sha256Hex } from "@/lib/uploads/form-file";
import { UploadRefusedError } from "@/lib/uploads/upload-refused";
import {
  assignToPosition,
  createOfficial,
  createPosition,
  createProvinceWithRegencies,
  createUser,
  currentUser,
} from "./db-utils";

const utf8 = (text: string) => new TextEncoder().encode(text);
const SCAN = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

/** A province with two regencies, an official of regency A holding a post there, and users by role and unit. */
async function setup() {
  const units = await createProvinceWithRegencies();
  const official = await createOfficial(units.regencyA.id);
  const post = await createPosition(units.regencyA.id);
  const assignment = await assignToPosition(official.id, post, { decreeNumber: "SK-12/2024" });
  const user = async (role: Role, unitId: string) => currentUser((await createUser({ role, unitId })).id);
  return { ...units, official, assignment, user };
}

/** Checked as the server action checks it: against every type, so that the mutation's own check is tested too. */
function file(fileName: string, bytes: Uint8Array) {
  return checkAttachmentFile({ fileName, bytes, sha256: sha256Hex(bytes) }, [
    "pdf",
    "jpg",
    "png",
    "docx",
    "xlsx",
  ]);
}

async function upload(
  user: Awaited<ReturnType<typeof currentUser>>,
  entityId: string,
  name = "SK 12.pdf",
  bytes = SCAN,
) {
  return uploadAttachment.Assignment.execute(user, {
    entityType: "Assignment",
    entityId,
    file: await file(name, bytes),
  });
}

describe("attaching a decree scan to an assignment", () => {
  it("stores the file with its type found by content, and audits it without the bytes", async () => {
    const { regencyA, assignment, user } = await setup();
    const clerk = await user("STAFF", regencyA.id);
    const result = await upload(clerk, assignment.id, "SK Pengangkatan \u202Efdp.exe");
    expect(result).toMatchObject({ ok: true, data: { fileName: "SK Pengangkatan fdp.exe.pdf" } });
    if (!result.ok) return;

    const stored = await prisma.attachment.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(stored).toMatchObject({
      unitId: regencyA.id,
      entityType: "Assignment",
      entityId: assignment.id,
      mimeType: "application/pdf",
      sizeBytes: SCAN.length,
      sha256: sha256Hex(SCAN),
      uploadedById: clerk.id,
    });
    expect(new Uint8Array(stored.content)).toEqual(SCAN);
    expect(result.data.page).toBe(`/pegawai/${assignment.officialId}`);

    const [entry] = await prisma.auditLog.findMany({
      where: { entityType: "Attachment", entityId: stored.id },
    });
    expect(entry).toMatchObject({ action: "attachment.add", unitId: regencyA.id, actorId: clerk.id });
    expect(entry?.after).toMatchObject({
      fileName: stored.fileName,
      sha256: stored.sha256,
      entityId: assignment.id,
    });
    expect(entry?.after).not.toHaveProperty("content");
  });

  it("names the file by what it holds: a PNG called .pdf is stored as a PNG", async () => {
    const { regencyA, assignment, user } = await setup();
    const result = await upload(await user("STAFF", regencyA.id), assignment.id, "scan.pdf", PNG);
    expect(result).toMatchObject({ ok: true, data: { fileName: "scan.png" } });
    if (result.ok) {
      expect(await prisma.attachment.findUniqueOrThrow({ where: { id: result.data.id } })).toMatchObject({
        mimeType: "image/png",
      });
    }
  });

  it("takes only what the record accepts, and nothing that skipped the check", async () => {
    const { regencyA, assignment, user } = await setup();
    const clerk = await user("STAFF", regencyA.id);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("SK").addRow(["Nomor"]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await upload(clerk, assignment.id, "sk.xlsx", xlsx)).toEqual({
      ok: false,
      code: "domain",
      reason: "uploads.errors.unsupportedType",
      params: { types: "PDF, JPG, PNG" },
      field: undefined,
    });

    await expect(file("sk.pdf", utf8("MZ\u0090 this is a program"))).rejects.toBeInstanceOf(
      UploadRefusedError,
    );
    await expect(
      checkAttachmentFile({ fileName: "sk.xlsx", bytes: xlsx, sha256: sha256Hex(xlsx) }, [
        "pdf",
        "jpg",
        "png",
      ]),
    ).rejects.toMatchObject({ reason: "uploads.errors.unsupportedType", params: { types: "PDF, JPG, PNG" } });

    const forged = {
      fileName: "sk.pdf",
      type: "pdf",
      mimeType: "application/pdf",
      bytes: SCAN,
      sha256: "0".repeat(64),
    };
    const result = await uploadAttachment.Assignment.execute(clerk, {
      entityType: "Assignment",
      entityId: assignment.id,
      file: forged,
    });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    expect(await prisma.attachment.count({ where: { entityId: assignment.id } })).toBe(0);
  });

  it("is refused out of scope as if the record did not exist, and for a role that may only view", async () => {
    const { province, regencyB, assignment, user } = await setup();
    expect(await upload(await user("SECRETARY", regencyB.id), assignment.id)).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await upload(await user("STAFF", regencyB.id), "tidak-ada")).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await upload(await user("VIEWER", province.id), assignment.id)).toEqual({
      ok: false,
      code: "forbidden",
    });
    expect(await prisma.attachment.count({ where: { entityId: assignment.id } })).toBe(0);
  });
});

describe("downloading an attachment", () => {
  it("sends the bytes to those in scope, as a download with a safe name and the stored type", async () => {
    const { province, regencyA, assignment, user } = await setup();
    const result = await upload(
      await user("STAFF", regencyA.id),
      assignment.id,
      'SK "Kasubbag" Keuangan — 2024.pdf',
    );
    if (!result.ok) throw new Error("not uploaded");

    for (const reader of [await user("VIEWER", regencyA.id), await user("VIEWER", province.id)]) {
      const response = await attachmentResponse(reader, result.data.id);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="SK _Kasubbag_ Keuangan _ 2024.pdf"; filename*=UTF-8''SK%20_Kasubbag_%20Keuangan%20%E2%80%94%202024.pdf`,
      );
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(SCAN);
    }
  });

  it("answers 404 alike for another regency's file and for an id that does not exist; 401 signed out", async () => {
    const { regencyA, regencyB, assignment, user } = await setup();
    const result = await upload(await user("STAFF", regencyA.id), assignment.id);
    if (!result.ok) throw new Error("not uploaded");
    const other = await user("SECRETARY", regencyB.id);

    const outOfScope = await attachmentResponse(other, result.data.id);
    const unknown = await attachmentResponse(other, "clxxxxxxxxxxxxxxxxxxxxxxx");
    const malformed = await attachmentResponse(other, "../../etc/passwd");
    for (const response of [outOfScope, unknown, malformed]) {
      expect(response.status).toBe(404);
      expect(await response.text()).toBe("Not Found");
    }
    expect((await attachmentResponse(null, result.data.id)).status).toBe(401);
  });

  it("follows the official's record: after a move to another regency, that regency sees it and the old one no longer", async () => {
    const { regencyA, regencyB, official, assignment, user } = await setup();
    const result = await upload(await user("STAFF", regencyA.id), assignment.id);
    if (!result.ok) throw new Error("not uploaded");
    await prisma.official.update({ where: { id: official.id }, data: { unitId: regencyB.id } });

    expect((await attachmentResponse(await user("VIEWER", regencyB.id), result.data.id)).status).toBe(200);
    expect((await attachmentResponse(await user("VIEWER", regencyA.id), result.data.id)).status).toBe(404);
  });
});

describe("listing and removing attachments", () => {
  it("lists each record's files for those who may see them, oldest first", async () => {
    const { regencyA, regencyB, assignment, user } = await setup();
    const clerk = await user("STAFF", regencyA.id);
    await upload(clerk, assignment.id, "halaman-1.pdf");
    await upload(clerk, assignment.id, "halaman-2.png", PNG);

    const listed = await listAttachments(clerk, "Assignment", [assignment.id, "tidak-ada"]);
    expect(listed.get(assignment.id)?.map((file) => file.fileName)).toEqual([
      "halaman-1.pdf",
      "halaman-2.png",
    ]);
    expect(listed.has("tidak-ada")).toBe(false);
    expect(
      (await listAttachments(await user("STAFF", regencyB.id), "Assignment", [assignment.id])).size,
    ).toBe(0);
  });

  it("removes a file in scope and audits what it was; another regency cannot", async () => {
    const { regencyA, regencyB, assignment, user } = await setup();
    const clerk = await user("STAFF", regencyA.id);
    const result = await upload(clerk, assignment.id);
    if (!result.ok) throw new Error("not uploaded");
    const removal = { id: result.data.id, entityType: "Assignment" };

    expect(await removeAttachment.Assignment.execute(await user("STAFF", regencyB.id), removal)).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await removeAttachment.Assignment.execute(clerk, removal)).toMatchObject({
      ok: true,
      data: { id: result.data.id, page: `/pegawai/${assignment.officialId}` },
    });
    expect(await prisma.attachment.count({ where: { id: result.data.id } })).toBe(0);
    const entry = await prisma.auditLog.findFirst({
      where: { action: "attachment.remove", entityId: result.data.id },
    });
    expect(entry?.before).toMatchObject({ fileName: "SK 12.pdf", sha256: sha256Hex(SCAN) });
    expect(entry?.before).not.toHaveProperty("content");
    expect((await attachmentResponse(clerk, result.data.id)).status).toBe(404);
  });
});

describe("files of a record that has been submitted", () => {
  it("stay as they were submitted: no upload or removal until it is returned for correction", async () => {
    const { regencyA, official, user } = await setup();
    const secretary = await user("SECRETARY", regencyA.id);
    const proposal = await prisma.appointmentProposal.create({
      data: {
        unitId: regencyA.id,
        officialId: official.id,
        positionId: (await createPosition(regencyA.id)).id,
        proposedById: secretary.id,
      },
    });
    const attach = async (name: string) =>
      uploadAttachment.AppointmentProposal.execute(secretary, {
        entityType: "AppointmentProposal",
        entityId: proposal.id,
        file: await file(name, SCAN),
      });

    const draft = await attach("SK pangkat.pdf");
    expect(draft).toMatchObject({ ok: true });
    await prisma.appointmentProposal.update({ where: { id: proposal.id }, data: { status: "SUBMITTED" } });
    const locked = { ok: false, code: "domain", reason: "attachments.errors.recordLocked" };
    expect(await attach("Penilaian kinerja.pdf")).toMatchObject(locked);
    const stored = await prisma.attachment.findFirstOrThrow({ where: { entityId: proposal.id } });
    expect(
      await removeAttachment.AppointmentProposal.execute(secretary, {
        id: stored.id,
        entityType: "AppointmentProposal",
      }),
    ).toMatchObject(locked);

    await prisma.appointmentProposal.update({ where: { id: proposal.id }, data: { status: "RETURNED" } });
    expect(await attach("Penilaian kinerja.pdf")).toMatchObject({ ok: true });
    expect(await prisma.attachment.count({ where: { entityId: proposal.id } })).toBe(2);
  });
});
