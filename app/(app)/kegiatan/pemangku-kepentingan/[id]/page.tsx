import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/events/action-form";
import { OrganisationForm } from "@/components/stakeholders/organisation-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { TextField } from "@/components/ui/text-field";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { addContactAction } from "@/lib/stakeholders/actions";
import { getOrganisation } from "@/lib/stakeholders/queries";

/**
 * One organisation: its contact persons, its engagement history (events invited to, and attendance), and for its
 * keeper's subtree the form to correct its details.
 */
export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("event.view");
  const { id } = await params;
  const organisation = await getOrganisation(user, id);
  if (!organisation) notFound();
  const manages = can(user, "event.manage", organisation);
  const [t, ta, format] = await Promise.all([
    getTranslations("stakeholders"),
    getTranslations("attendance"),
    getFormatter(),
  ]);
  return (
    <>
      <PageHeader
        title={organisation.name}
        intro={`${t(`categories.${organisation.category}`)} · ${t("keeper")} ${organisation.unit.name}`}
        actions={
          <Link href="/kegiatan/pemangku-kepentingan" className="text-sm text-sky-800 hover:underline">
            {t("back")}
          </Link>
        }
      />
      <div className="space-y-6">
        <Panel id="contacts-heading" title={t("contacts")}>
          <DataTable
            variant="plain"
            caption={t("contacts")}
            captionHidden
            rowHeader
            rows={organisation.contacts}
            rowKey={(row) => row.id}
            empty={t("noContacts")}
            columns={[
              { key: "name", header: t("fields.contactName"), cell: (row) => row.name },
              { key: "position", header: t("fields.position"), cell: (row) => row.position ?? "—" },
              { key: "phone", header: t("fields.phone"), cell: (row) => row.phone ?? "—" },
              { key: "email", header: t("fields.email"), cell: (row) => row.email ?? "—" },
            ]}
          />
          {manages ? (
            <ActionForm action={addContactAction} label={t("addContact")} submitLabel={t("addContact")}>
              <input type="hidden" name="organisationId" value={organisation.id} />
              <TextField label={t("fields.contactName")} name="name" required />
              <TextField label={t("fields.position")} name="position" />
              <TextField label={t("fields.phone")} name="phone" type="tel" />
            </ActionForm>
          ) : null}
        </Panel>
        {manages ? (
          <Panel id="edit-organisation-heading" title={t("edit")}>
            <OrganisationForm
              organisation={{
                id: organisation.id,
                version: organisation.version,
                name: organisation.name,
                category: organisation.category,
                phone: organisation.phone,
                email: organisation.email,
                address: organisation.address,
              }}
            />
          </Panel>
        ) : null}
        <Panel id="history-heading" title={t("history")} description={t("historyIntro")}>
          <DataTable
            variant="plain"
            caption={t("history")}
            captionHidden
            rowHeader
            rows={organisation.invitations}
            rowKey={(row) => row.id}
            empty={t("noHistory")}
            columns={[
              {
                key: "event",
                header: t("event"),
                cell: (row) => (
                  <Link href={`/kegiatan/${row.event.id}`} className="text-sky-800 hover:underline">
                    {row.event.title}
                  </Link>
                ),
              },
              {
                key: "when",
                header: t("when"),
                cell: (row) =>
                  format.dateTime(row.event.startsAt, {
                    dateStyle: "medium",
                    timeZone: row.event.unit.timeZone,
                  }),
              },
              { key: "invitee", header: t("invitee"), cell: (row) => row.inviteeName },
              { key: "attendance", header: t("attendance"), cell: (row) => ta(`status.${row.attendance}`) },
            ]}
          />
        </Panel>
      </div>
    </>
  );
}
