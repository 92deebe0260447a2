import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AttachmentFiles } from "@/components/attachments/attachment-files";
import { ActionForm } from "@/components/events/action-form";
import { InviteControls } from "@/components/events/invite-controls";
import { DraftNewsAction } from "@/components/news/draft-news-action";
import { TransitionForm } from "@/components/follow-ups/transition-form";
import { DataTable } from "@/components/ui/data-table";
import { RecordKeys } from "@/components/ui/form/record-keys";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { ATTACHMENT_OWNERS } from "@/lib/attachments/owners";
import { listAttachments } from "@/lib/attachments/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { eventFormAction, eventTransitionAction } from "@/lib/events/actions";
import { missingByUnit, ratesByCategory, ratesByUnit, type RateRow } from "@/lib/events/attendance-rates";
import { completionByLevel, completionOf, isCompleted } from "@/lib/events/completion";
import { findInvitableOfficials, getEvent } from "@/lib/events/queries";
import { parseEventPageParams } from "@/lib/events/schemas";
import { eventWorkflow } from "@/lib/events/workflow";
import { OutcomeKind } from "@/lib/generated/prisma/enums";
import { listInvitableContacts } from "@/lib/stakeholders/queries";
import { availableTransitions } from "@/lib/workflow/available";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

export default async function EventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("event.view");
  const { id } = await params;
  const { officialQuery } = parseEventPageParams(await searchParams);
  const event = await getEvent(user, id);
  if (!event) notFound();
  const manages = can(user, "event.manage", event);
  const [t, ts, ta, tw, format, contacts, officials, files] = await Promise.all([
    getTranslations("events"),
    getTranslations("stakeholders"),
    getTranslations("attendance"),
    getTranslations("workflow"),
    getFormatter(),
    manages ? listInvitableContacts(event.unitId) : Promise.resolve([]),
    manages && officialQuery ? findInvitableOfficials(event, officialQuery) : Promise.resolve([]),
    listAttachments(user, "Event", [event.id]),
  ]);
  const zone = event.unit.timeZone;
  const when = (date: Date) =>
    format.dateTime(date, { dateStyle: "full", timeStyle: "short", timeZone: zone });
  const units = event.participants.map((row) => row.unit);
  const invitees = event.invitations.map((row) => ({
    id: row.id,
    name: row.inviteeName,
    attendance: row.attendance,
    unit: row.unit,
    category: row.organisation?.category ?? null,
  }));
  const sessionTitle = new Map(event.sessions.map((session) => [session.id, session.title]));
  const rateColumns = [
    { key: "label", header: t("fields.unitId"), cell: (row: RateRow) => row.label },
    {
      key: "invited",
      header: t("invited"),
      align: "right" as const,
      cell: (row: RateRow) => row.counts.total,
    },
    {
      key: "onsite",
      header: ta("status.PRESENT_ONSITE"),
      align: "right" as const,
      cell: (row: RateRow) => row.counts.PRESENT_ONSITE,
    },
    {
      key: "online",
      header: ta("status.PRESENT_ONLINE"),
      align: "right" as const,
      cell: (row: RateRow) => row.counts.PRESENT_ONLINE,
    },
    {
      key: "absent",
      header: ta("status.ABSENT"),
      align: "right" as const,
      cell: (row: RateRow) => row.counts.ABSENT,
    },
    {
      key: "rate",
      header: t("rate"),
      align: "right" as const,
      cell: (row: RateRow) => (row.rate === null ? "—" : `${row.rate}%`),
    },
  ];
  // The host unit counts only when some of its own people are on the list.
  const guestUnits = units.filter(
    (unit) => unit.id !== event.unit.id || invitees.some((invitee) => invitee.unit?.id === unit.id),
  );
  const missing = event.attendanceRequired ? missingByUnit(invitees, guestUnits) : [];
  const latestMinutes = event.minutes[0];
  const steps = availableTransitions(eventWorkflow, user, event);
  const unitsBelow = units.filter((unit) => unit.id !== event.unit.id).length;
  return (
    <>
      <PageHeader
        title={event.title}
        intro={`${t(`kinds.${event.kind}`)} · ${when(event.startsAt)} · ${event.unit.name}`}
        actions={
          <>
            <Link href="/kegiatan" className={LINK}>
              {t("back")}
            </Link>
            {manages && event.status === "PLANNED" ? (
              <Link href={`/kegiatan/${event.id}/ubah`} className={LINK}>
                {t("edit")}
              </Link>
            ) : null}
            {manages ? (
              <Link href={`/kegiatan/${event.id}/kehadiran`} className={LINK}>
                {t("takeAttendance")}
              </Link>
            ) : null}
            <DraftNewsAction
              user={user}
              sourceKind="EVENT"
              sourceId={event.id}
              held={event.status === "HELD"}
            />
          </>
        }
      />
      <div className="space-y-6">
        <Panel id="details-heading" title={t("details")}>
          <dl className="grid gap-3 p-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="font-medium">{t("status")}</dt>
              <dd>{tw(`states.${event.status}`)}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("fields.mode")}</dt>
              <dd>{t(`modes.${event.mode}`)}</dd>
            </div>
            {event.location ? (
              <div>
                <dt className="font-medium">{t("fields.location")}</dt>
                <dd>{event.location}</dd>
              </div>
            ) : null}
            {event.onlineUrl ? (
              <div>
                <dt className="font-medium">{t("fields.onlineUrl")}</dt>
                <dd className="break-all">{event.onlineUrl}</dd>
              </div>
            ) : null}
            {event.attendanceRequired ? (
              <div>
                <dt className="font-medium">{t("required")}</dt>
                <dd>✓</dd>
              </div>
            ) : null}
            {event.sessions.length ? (
              <div>
                <dt className="font-medium">{t("sessions")}</dt>
                <dd>{event.sessions.map((s) => s.title).join(", ")}</dd>
              </div>
            ) : null}
            {event.agenda ? (
              <div className="sm:col-span-2">
                <dt className="font-medium">{t("fields.agenda")}</dt>
                <dd className="whitespace-pre-line">{event.agenda}</dd>
              </div>
            ) : null}
            <div className="sm:col-span-2">
              <dt className="font-medium">{t("participants")}</dt>
              <dd>{units.map((unit) => unit.name).join(", ")}</dd>
            </div>
          </dl>
        </Panel>

        {steps.length ? (
          <div className="grid gap-3 md:grid-cols-2">
            {steps.map((name) => (
              <TransitionForm
                key={name}
                action={eventTransitionAction}
                record={event}
                name={name}
                reason={eventWorkflow.transitions[name].reason}
              />
            ))}
          </div>
        ) : null}
        {missing.length > 0 ? (
          <Panel id="missing-heading" title={t("missing")} tone="danger">
            <ul className="space-y-1 p-4 text-sm">
              {missing.map((group) => (
                <li key={group.unit.id}>
                  <strong>{group.unit.name}</strong>:{" "}
                  {group.nobodyInvited
                    ? t("nobodyInvited")
                    : group.people
                        .map((person) => `${person.name} (${ta(`status.${person.attendance}`)})`)
                        .join(", ")}
                </li>
              ))}
            </ul>
          </Panel>
        ) : null}

        <Panel id="rates-heading" title={t("byUnit")}>
          <DataTable
            variant="plain"
            caption={t("byUnit")}
            captionHidden
            rowHeader
            rows={ratesByUnit(invitees, guestUnits)}
            rowKey={(row) => row.key}
            empty={t("noInvitees")}
            columns={rateColumns}
          />
        </Panel>
        {invitees.some((invitee) => invitee.category) ? (
          <Panel id="category-heading" title={t("byCategory")}>
            <DataTable
              variant="plain"
              caption={t("byCategory")}
              captionHidden
              rowHeader
              rows={ratesByCategory(invitees, (c) => ts(`categories.${c}`))}
              rowKey={(row) => row.key}
              empty={t("noInvitees")}
              columns={[{ ...rateColumns[0]!, header: ts("fields.category") }, ...rateColumns.slice(1)]}
            />
          </Panel>
        ) : null}

        <Panel id="invitees-heading" title={t("invitees")}>
          <DataTable
            variant="plain"
            caption={t("invitees")}
            captionHidden
            rowHeader
            rows={event.invitations}
            rowKey={(row) => row.id}
            empty={t("noInvitees")}
            columns={[
              {
                key: "name",
                header: t("fields.inviteeName"),
                cell: (row) => (
                  <>
                    {row.inviteeName}
                    {row.walkIn ? (
                      <span className="ml-2 rounded bg-amber-100 px-1 text-xs">{t("walkInBadge")}</span>
                    ) : null}
                  </>
                ),
              },
              {
                key: "from",
                header: t("fields.unitId"),
                cell: (row) => row.unit?.name ?? row.organisation?.name ?? "—",
              },
              {
                key: "session",
                header: t("fields.sessionId"),
                cell: (row) => (row.sessionId ? sessionTitle.get(row.sessionId) : t("plenary")),
              },
              {
                key: "attendance",
                header: t("fields.status"),
                cell: (row) => ta(`status.${row.attendance}`),
              },
            ]}
          />
          {manages ? (
            <InviteControls
              event={event}
              contacts={contacts}
              officialQuery={officialQuery}
              officials={officials}
            />
          ) : null}
        </Panel>

        <Panel id="outcomes-heading" title={t("outcomes")}>
          {event.outcomes.length === 0 ? (
            <p className="p-4 text-sm text-slate-600">{t("noOutcomes")}</p>
          ) : null}
          <ol className="divide-y divide-slate-200">
            {event.outcomes.map((outcome) => {
              const completion = completionOf(outcome.followUps);
              return (
                <li key={outcome.id} className="space-y-2 p-4 text-sm">
                  <p>
                    <span className="font-medium">{t(`outcomeKinds.${outcome.kind}`)}</span>
                    {outcome.cascade ? (
                      <span className="ml-2 rounded bg-sky-100 px-1 text-xs">{t("cascadeBadge")}</span>
                    ) : null}
                  </p>
                  <p className="whitespace-pre-line">{outcome.description}</p>
                  {outcome.followUps.length ? (
                    <>
                      <p className="font-medium">
                        {t("completion", completion)}
                        {" · "}
                        {completionByLevel(outcome.followUps)
                          .map((level) =>
                            t("levelCompletion", {
                              level: t(`levels.${level.level}`),
                              done: level.done,
                              total: level.total,
                            }),
                          )
                          .join(" · ")}
                      </p>
                      <DataTable
                        variant="compact"
                        caption={t("completion", completion)}
                        captionHidden
                        rowHeader
                        rows={outcome.followUps}
                        rowKey={(row) => row.id}
                        empty=""
                        rowClassName={(row) => (isCompleted(row.status) ? "bg-emerald-50" : "")}
                        columns={[
                          {
                            key: "unit",
                            header: t("fields.unitId"),
                            cell: (row) => (
                              <Link
                                href={`/tindak-lanjut/${row.id}`}
                                className="text-sky-800 hover:underline"
                              >
                                {row.unit.name}
                              </Link>
                            ),
                          },
                          {
                            key: "status",
                            header: t("status"),
                            cell: (row) => t(`followUpStatus.${row.status}`),
                          },
                          {
                            key: "due",
                            header: t("fields.dueDate"),
                            cell: (row) =>
                              format.dateTime(row.dueDate, { dateStyle: "medium", timeZone: "UTC" }),
                          },
                        ]}
                      />
                    </>
                  ) : null}
                  {manages && outcome.followUps.length < (outcome.cascade ? unitsBelow : 1) ? (
                    <ActionForm
                      action={eventFormAction.bind(null, "followUps")}
                      label={`${t("toFollowUps")}: ${outcome.description.slice(0, 40)}`}
                      submitLabel={t("toFollowUps")}
                    >
                      <input type="hidden" name="id" value={event.id} />
                      <input type="hidden" name="outcomeId" value={outcome.id} />
                      <TextField label={t("fields.dueDate")} name="dueDate" type="date" required />
                    </ActionForm>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {manages ? (
            <ActionForm
              action={eventFormAction.bind(null, "outcome")}
              label={t("addOutcome")}
              submitLabel={t("addOutcome")}
            >
              <input type="hidden" name="id" value={event.id} />
              <SelectField
                label={t("fields.outcomeKind")}
                name="kind"
                options={Object.values(OutcomeKind).map((kind) => ({
                  value: kind,
                  label: t(`outcomeKinds.${kind}`),
                }))}
              />
              <TextAreaField label={t("fields.description")} name="description" rows={3} required />
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="cascade" className="h-5 w-5" />
                {t("fields.cascade")}
              </label>
            </ActionForm>
          ) : null}
        </Panel>

        {can(user, ATTACHMENT_OWNERS.Event.view, event) ? (
          <Panel id="documents-heading" title={t("documents")}>
            <div className="p-4">
              <AttachmentFiles
                entityType="Event"
                entityId={event.id}
                files={files.get(event.id) ?? []}
                types={ATTACHMENT_OWNERS.Event.types}
                canManage={manages}
                uploadLabel={t("uploadDocument")}
              />
            </div>
          </Panel>
        ) : null}
        <Panel id="minutes-heading" title={t("minutes")}>
          {event.minutes.length === 0 ? <p className="p-4 text-sm text-slate-600">{t("noMinutes")}</p> : null}
          <ol className="divide-y divide-slate-200">
            {event.minutes.map((minutes) => (
              <li key={minutes.id} className="space-y-1 p-4 text-sm">
                <p className="font-medium">
                  {t("revision", { revision: minutes.revision })} ·{" "}
                  {minutes.status === "FINAL" && minutes.finalizedAt
                    ? minutes.finalizedBy
                      ? t("finalizedBy", {
                          when: when(minutes.finalizedAt),
                          name: minutes.finalizedBy.displayName,
                        })
                      : t("finalizedAt", { when: when(minutes.finalizedAt) })
                    : t("draft")}
                </p>
                <p className="whitespace-pre-line">{minutes.content}</p>
              </li>
            ))}
          </ol>
          {manages ? (
            latestMinutes?.status === "DRAFT" ? (
              <div className="grid gap-2 md:grid-cols-2">
                <ActionForm
                  action={eventFormAction.bind(null, "minutes")}
                  label={t("saveDraft")}
                  submitLabel={t("saveDraft")}
                >
                  <input type="hidden" name="id" value={event.id} />
                  <RecordKeys record={latestMinutes} idName="minutesId" />
                  <TextAreaField
                    label={t("fields.content")}
                    name="content"
                    rows={6}
                    defaultValue={latestMinutes.content}
                    required
                  />
                </ActionForm>
                <ActionForm
                  action={eventFormAction.bind(null, "finalize")}
                  label={t("finalize")}
                  submitLabel={t("finalize")}
                >
                  <input type="hidden" name="id" value={event.id} />
                  <RecordKeys record={latestMinutes} idName="minutesId" />
                </ActionForm>
              </div>
            ) : (
              <ActionForm
                action={eventFormAction.bind(null, "minutes")}
                label={latestMinutes ? t("newRevision") : t("saveDraft")}
                submitLabel={latestMinutes ? t("newRevision") : t("saveDraft")}
              >
                <input type="hidden" name="id" value={event.id} />
                <TextAreaField
                  label={t("fields.content")}
                  name="content"
                  rows={6}
                  defaultValue={latestMinutes?.content}
                  required
                />
              </ActionForm>
            )
          ) : null}
        </Panel>
      </div>
    </>
  );
}
