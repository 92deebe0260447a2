/**
 * A status set in the official's edit form carries the date it takes effect ("Berlaku mulai"): today or earlier
 * applies now, as today; a later date is a scheduled change (OfficialChange of kind STATUS) that leaves today's
 * status as it is, shows as scheduled, can be cancelled, and is applied on its day by the catch-up.
 */
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { runForm } from "@/lib/actions/form-action";
import { prisma } from "@/lib/db/client";
import { addDays, todayInZone } from "@/lib/dates/today";
import { messagesFor } from "@/lib/i18n/messages";
import type { Translate } from "@/lib/i18n/translate";
import { listScheduledChanges } from "@/lib/officials/change-queries";
import { applyDueChanges } from "@/lib/officials/due-changes";
import { officialForm } from "@/lib/officials/form-actions";
import { officialFormValues } from "@/lib/officials/form-values";
import { parseListParams } from "@/lib/officials/list-params";
import { cancelChange, endService, updateOfficial } from "@/lib/officials/mutations";
import { listOfficials } from "@/lib/officials/queries";
import { isoDate } from "@/lib/validations/input";
import { createOfficial, createProvinceWithRegencies, createUser, currentUser } from "./db-utils";

const ZONE = "Asia/Makassar";
const today = () => todayInZone(ZONE);
const tomorrow = () => addDays(today(), 1);
/** 00:30 WITA on `day`: the first request of that day in the unit (still the day before in UTC). */
const earlyOn = (day: Date) => new Date(day.getTime() + 30 * 60 * 1000 - 8 * 60 * 60 * 1000);

async function setup() {
  const units = await createProvinceWithRegencies();
  const provincial = await currentUser((await createUser({ role: "STAFF", unitId: units.province.id })).id);
  const secretaryB = await currentUser(
    (await createUser({ role: "SECRETARY", unitId: units.regencyB.id })).id,
  );
  // Support staff: no NIP or rank rules, so the form's status and date are the only things tested.
  const official = await createOfficial(units.regencyA.id, {
    employmentType: "NON_ASN",
    phone: "0370 100100",
  });
  return { ...units, provincial, secretaryB, official };
}

/** The edit form's submission for a stored official, with `changes` typed over its values. */
async function editForm(id: string, changes: Record<string, string> = {}) {
  const stored = await prisma.official.findUniqueOrThrow({ where: { id } });
  const values = { ...officialFormValues(stored), ...changes };
  const submitted = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
  return { ...submitted, id, version: String(stored.version) };
}

const stored = (id: string) => prisma.official.findUniqueOrThrow({ where: { id } });
const pending = (officialId: string) =>
  prisma.officialChange.findMany({ where: { officialId, appliedAt: null, cancelledAt: null } });
const auditOf = (entityId: string, action?: string) =>
  prisma.auditLog.findMany({ where: { entityId, action }, orderBy: { id: "asc" } });

describe("a status dated tomorrow in the edit form", () => {
  it("saves the other fields now, keeps today's status, and shows the change as scheduled", async () => {
    const { regencyA, provincial, official } = await setup();
    const result = await updateOfficial.execute(
      provincial,
      await editForm(official.id, {
        status: "ON_LEAVE",
        statusEffectiveDate: isoDate(tomorrow()),
        phone: "0370 200200",
      }),
    );
    expect(result).toEqual({ ok: true, data: { id: official.id } });

    // Today: still active (every list and filter reads the stored status), the phone saved.
    expect(await stored(official.id)).toMatchObject({ status: "ACTIVE", phone: "0370 200200", version: 2 });
    const onLeave = await listOfficials(provincial, parseListParams({ status: "ON_LEAVE" }));
    expect(onLeave.rows.map((row) => row.id)).not.toContain(official.id);

    const [change] = await pending(official.id);
    expect(change).toMatchObject({
      kind: "STATUS",
      status: "ON_LEAVE",
      effectiveDate: tomorrow(),
      unitId: regencyA.id,
      createdById: provincial.id,
    });
    // The record and the home page list it (the same query, for one official or for the scope).
    expect(await listScheduledChanges(provincial, { officialId: official.id })).toEqual([
      expect.objectContaining({
        id: change!.id,
        kind: "STATUS",
        status: "ON_LEAVE",
        effectiveDate: tomorrow(),
      }),
    ]);
    expect((await listScheduledChanges(provincial)).map((row) => row.id)).toContain(change!.id);

    const [entry] = await auditOf(official.id);
    expect(entry).toMatchObject({ action: "official.update", actorId: provincial.id, unitId: regencyA.id });
    expect(entry?.before).toMatchObject({ status: "ACTIVE", phone: "0370 100100" });
    expect(entry?.after).toMatchObject({
      status: "ACTIVE",
      phone: "0370 200200",
      scheduled: true,
      scheduledStatus: "ON_LEAVE",
      statusEffectiveDate: isoDate(tomorrow()) + "T00:00:00.000Z",
      changeId: change!.id,
    });
  });

  it("takes effect on its day, by the first request of that day in the unit's zone", async () => {
    const { provincial, official } = await setup();
    await updateOfficial.execute(
      provincial,
      await editForm(official.id, { status: "STUDY_LEAVE", statusEffectiveDate: isoDate(tomorrow()) }),
    );

    // 23:30 WITA today: nothing yet.
    await applyDueChanges(prisma, new Date(earlyOn(tomorrow()).getTime() - 60 * 60 * 1000));
    expect((await stored(official.id)).status).toBe("ACTIVE");

    expect(await applyDueChanges(prisma, earlyOn(tomorrow()))).toBeGreaterThanOrEqual(1);
    expect(await stored(official.id)).toMatchObject({ status: "STUDY_LEAVE", version: 3 });
    expect(await pending(official.id)).toEqual([]);
    const [applied] = await auditOf(official.id, "official.applyChange");
    expect(applied).toMatchObject({ actorId: provincial.id });
    expect(applied?.before).toMatchObject({ status: "ACTIVE" });
    expect(applied?.after).toMatchObject({
      status: "STUDY_LEAVE",
      effectiveDate: isoDate(tomorrow()) + "T00:00:00.000Z",
    });
    expect(await listScheduledChanges(provincial, { officialId: official.id })).toEqual([]);
  });

  it("can be cancelled before its day: the status stays, audited, and nothing applies on the day", async () => {
    const { provincial, secretaryB, official } = await setup();
    await updateOfficial.execute(
      provincial,
      await editForm(official.id, { status: "ON_LEAVE", statusEffectiveDate: isoDate(tomorrow()) }),
    );
    const [change] = await pending(official.id);

    // Out of scope it is not there at all.
    expect(await cancelChange.execute(secretaryB, { id: change!.id })).toEqual({
      ok: false,
      code: "notFound",
    });
    expect(await cancelChange.execute(provincial, { id: change!.id })).toEqual({
      ok: true,
      data: { id: official.id },
    });
    expect(await prisma.officialChange.findUniqueOrThrow({ where: { id: change!.id } })).toMatchObject({
      cancelledById: provincial.id,
      appliedAt: null,
    });
    const [cancelled] = await auditOf(official.id, "official.cancelChange");
    expect(cancelled?.after).toMatchObject({ change: { id: change!.id, kind: "STATUS" } });

    await applyDueChanges(prisma, earlyOn(tomorrow()));
    expect(await stored(official.id)).toMatchObject({ status: "ACTIVE", version: 2 });
    expect(await listScheduledChanges(provincial, { officialId: official.id })).toEqual([]);
  });

  it("is one pending change at a time: a second is refused on the date field, and saves nothing", async () => {
    const { provincial, official } = await setup();
    await endService.execute(provincial, {
      id: official.id,
      version: 1,
      status: "RETIRED",
      effectiveDate: isoDate(addDays(today(), 30)),
      confirmEarly: "on",
    });
    const result = await updateOfficial.execute(
      provincial,
      await editForm(official.id, {
        status: "ON_LEAVE",
        statusEffectiveDate: isoDate(tomorrow()),
        phone: "0370 999999",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: "officialChanges.errors.changePending",
      field: "statusEffectiveDate",
    });
    expect(await stored(official.id)).toMatchObject({ status: "ACTIVE", phone: "0370 100100" });
    expect((await pending(official.id)).map((change) => change.kind)).toEqual(["SERVICE_END"]);
  });
});

describe("a status dated today or earlier in the edit form", () => {
  it("applies now, dated today, with no scheduled change", async () => {
    const { provincial, official } = await setup();
    const lastWeek = addDays(today(), -7);
    const result = await updateOfficial.execute(
      provincial,
      await editForm(official.id, { status: "ON_LEAVE", statusEffectiveDate: isoDate(lastWeek) }),
    );
    expect(result.ok).toBe(true);
    expect(await stored(official.id)).toMatchObject({ status: "ON_LEAVE", version: 2 });
    expect(await pending(official.id)).toEqual([]);
    const [entry] = await auditOf(official.id);
    expect(entry?.after).toMatchObject({
      status: "ON_LEAVE",
      statusEffectiveDate: isoDate(today()) + "T00:00:00.000Z",
    });
    expect(entry?.after).not.toHaveProperty("scheduled");
  });

  it("applies now when the form sends no date, as before; an unchanged status carries none", async () => {
    const { provincial, official } = await setup();
    expect(
      (await updateOfficial.execute(provincial, await editForm(official.id, { status: "STUDY_LEAVE" }))).ok,
    ).toBe(true);
    expect((await stored(official.id)).status).toBe("STUDY_LEAVE");

    // A later date next to an unchanged status schedules nothing.
    await updateOfficial.execute(
      provincial,
      await editForm(official.id, { statusEffectiveDate: isoDate(tomorrow()), phone: "0370 300300" }),
    );
    expect(await stored(official.id)).toMatchObject({ status: "STUDY_LEAVE", phone: "0370 300300" });
    expect(await pending(official.id)).toEqual([]);
    const entries = await auditOf(official.id);
    expect(entries[1]?.after).not.toHaveProperty("statusEffectiveDate");
  });
});

describe("the edit form's status date through the form action", () => {
  it("confirms a scheduled status and names the date field when it is refused", async () => {
    const { provincial, official } = await setup();
    const t = createTranslator({ locale: "id", messages: messagesFor("id") }) as unknown as Translate;
    const context = { user: provincial, t, revalidatePath: () => {} };
    const data = (values: Record<string, string>) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(values)) form.set(name, value);
      return form;
    };

    const far = await runForm(
      officialForm,
      data(await editForm(official.id, { status: "ON_LEAVE", statusEffectiveDate: "2099-01-01" })),
      context,
    );
    expect(far).toMatchObject({ ok: false, fieldErrors: { statusEffectiveDate: [expect.any(String)] } });

    const saved = await runForm(
      officialForm,
      data(await editForm(official.id, { status: "ON_LEAVE", statusEffectiveDate: isoDate(tomorrow()) })),
      context,
    );
    expect(saved).toMatchObject({ ok: true, open: `/pegawai/${official.id}` });
    expect((await pending(official.id)).map((change) => change.kind)).toEqual(["STATUS"]);
  });
});
