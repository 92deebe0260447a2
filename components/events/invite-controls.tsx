import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/events/action-form";
import { SelectField } from "@/components/ui/select-field";
import { SearchForm } from "@/components/ui/search-form";
import { eventFormAction } from "@/lib/events/actions";
import { formatNip } from "@/lib/officials/nip";

export interface InvitableContact {
  id: string;
  name: string;
  organisation: { name: string; unitId: string; unit: { name: string } };
}

export interface InvitableOfficial {
  id: string;
  name: string;
  nip: string | null;
  unit: { shortName: string };
  /** Already on the event's list: shown, not offered again. */
  invited: boolean;
}

/**
 * The organiser's invitation forms under an event's invitees: the participating units' structural officials at
 * once, officials chosen by name or NIP (a GET search, then ticks), stakeholder contacts, and the kelas of each.
 */
export async function InviteControls({
  event,
  contacts,
  officialQuery,
  officials,
}: {
  event: {
    id: string;
    unitId: string;
    sessions: { id: string; title: string }[];
    invitations: { id: string; inviteeName: string; contactId: string | null }[];
  };
  contacts: InvitableContact[];
  officialQuery?: string;
  officials: InvitableOfficial[];
}) {
  const t = await getTranslations("events");
  const invitedContacts = new Set(event.invitations.map((row) => row.contactId));
  const uninvited = contacts.filter((contact) => !invitedContacts.has(contact.id));
  const offered = officials.filter((official) => !official.invited);
  return (
    <div className="grid gap-2 border-t border-slate-200 md:grid-cols-2">
      <ActionForm
        action={eventFormAction.bind(null, "inviteLeaders")}
        label={t("inviteLeaders")}
        submitLabel={t("inviteLeaders")}
      >
        <input type="hidden" name="id" value={event.id} />
      </ActionForm>
      <section id="invite-officials" aria-labelledby="invite-officials-heading" className="space-y-3 p-4">
        <h3 id="invite-officials-heading" className="text-sm font-medium">
          {t("inviteOfficials")}
        </h3>
        <SearchForm
          action={`/kegiatan/${event.id}#invite-officials`}
          name="pejabat"
          label={t("officialSearch")}
          value={officialQuery}
        />
        {officialQuery && officials.length === 0 ? (
          <p className="text-sm text-slate-600">{t("officialNone")}</p>
        ) : null}
        {officials.some((official) => official.invited) ? (
          <ul className="text-sm text-slate-600">
            {officials
              .filter((official) => official.invited)
              .map((official) => (
                <li key={official.id}>
                  {official.name} · {t("alreadyInvitedBadge")}
                </li>
              ))}
          </ul>
        ) : null}
        {offered.length ? (
          <ActionForm
            action={eventFormAction.bind(null, "inviteOfficials")}
            label={t("inviteOfficials")}
            submitLabel={t("invite")}
          >
            <input type="hidden" name="id" value={event.id} />
            <fieldset>
              <legend className="text-sm font-medium">{t("fields.officialIds")}</legend>
              {offered.map((official) => (
                <label key={official.id} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="officialIds" value={official.id} className="h-5 w-5" />
                  {[official.name, official.nip ? formatNip(official.nip) : null, official.unit.shortName]
                    .filter(Boolean)
                    .join(" · ")}
                </label>
              ))}
            </fieldset>
          </ActionForm>
        ) : null}
      </section>
      {uninvited.length ? (
        <ActionForm
          action={eventFormAction.bind(null, "inviteStakeholders")}
          label={t("inviteStakeholders")}
          submitLabel={t("invite")}
        >
          <input type="hidden" name="id" value={event.id} />
          <fieldset>
            <legend className="text-sm font-medium">{t("inviteStakeholders")}</legend>
            {uninvited.map((contact) => (
              <label key={contact.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="contactIds" value={contact.id} className="h-5 w-5" />
                {contact.name} · {contact.organisation.name}
                {contact.organisation.unitId === event.unitId
                  ? null
                  : ` (${t("keptBy", { unit: contact.organisation.unit.name })})`}
              </label>
            ))}
          </fieldset>
        </ActionForm>
      ) : null}
      {event.sessions.length && event.invitations.length ? (
        <ActionForm
          action={eventFormAction.bind(null, "session")}
          label={t("sessions")}
          submitLabel={t("sessions")}
        >
          <input type="hidden" name="id" value={event.id} />
          <SelectField
            label={t("fields.inviteeName")}
            name="invitationId"
            options={event.invitations.map((row) => ({ value: row.id, label: row.inviteeName }))}
          />
          <SelectField
            label={t("fields.sessionId")}
            name="sessionId"
            options={[
              { value: "", label: t("plenary") },
              ...event.sessions.map((s) => ({ value: s.id, label: s.title })),
            ]}
          />
        </ActionForm>
      ) : null}
    </div>
  );
}
