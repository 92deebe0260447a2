import type { Locale } from "../config";
import enAppointments from "./en/appointments.json";
import enInaugurations from "./en/inaugurations.json";
import enAttendance from "./en/attendance.json";
import enAttachments from "./en/attachments.json";
import enCore from "./en/core.json";
import enForms from "./en/forms.json";
import enImport from "./en/import.json";
import enOfficialChanges from "./en/official-changes.json";
import enOfficialRecord from "./en/official-record.json";
import enOfficials from "./en/officials.json";
import enPdf from "./en/pdf.json";
import enTable from "./en/table.json";
import enUnits from "./en/units.json";
import enUploads from "./en/uploads.json";
import enWorkflow from "./en/workflow.json";
import enSupervision from "./en/supervision.json";
import enFollowUps from "./en/follow-ups.json";
import enNotifications from "./en/notifications.json";
import enCalendar from "./en/calendar.json";
import enEvents from "./en/events.json";
import enStakeholders from "./en/stakeholders.json";
import enSecurity from "./en/security.json";
import enAudit from "./en/audit.json";
import enUniqueness from "./en/uniqueness.json";
import enNews from "./en/news.json";
import enUsers from "./en/users.json";
import enAccount from "./en/account.json";
import enOperations from "./en/operations.json";
import idAppointments from "./id/appointments.json";
import idInaugurations from "./id/inaugurations.json";
import idAttendance from "./id/attendance.json";
import idAttachments from "./id/attachments.json";
import idCore from "./id/core.json";
import idForms from "./id/forms.json";
import idImport from "./id/import.json";
import idOfficialChanges from "./id/official-changes.json";
import idOfficialRecord from "./id/official-record.json";
import idOfficials from "./id/officials.json";
import idPdf from "./id/pdf.json";
import idTable from "./id/table.json";
import idUnits from "./id/units.json";
import idUploads from "./id/uploads.json";
import idWorkflow from "./id/workflow.json";
import idSupervision from "./id/supervision.json";
import idFollowUps from "./id/follow-ups.json";
import idNotifications from "./id/notifications.json";
import idCalendar from "./id/calendar.json";
import idEvents from "./id/events.json";
import idStakeholders from "./id/stakeholders.json";
import idSecurity from "./id/security.json";
import idAudit from "./id/audit.json";
import idUniqueness from "./id/uniqueness.json";
import idNews from "./id/news.json";
import idUsers from "./id/users.json";
import idAccount from "./id/account.json";
import idOperations from "./id/operations.json";

// One file per module, so that work on one module never edits another's catalogue.
// Each file's top-level keys are namespaces; no two files may share one (tests/unit/messages.test.ts).
export const CATALOGUE_FILES: Record<Locale, Record<string, object>> = {
  id: {
    core: idCore,
    forms: idForms,
    officials: idOfficials,
    officialRecord: idOfficialRecord,
    officialChanges: idOfficialChanges,
    units: idUnits,
    import: idImport,
    workflow: idWorkflow,
    attendance: idAttendance,
    appointments: idAppointments,
    inaugurations: idInaugurations,
    table: idTable,
    uploads: idUploads,
    attachments: idAttachments,
    pdf: idPdf,
    supervision: idSupervision,
    followUps: idFollowUps,
    notifications: idNotifications,
    events: idEvents,
    calendar: idCalendar,
    stakeholders: idStakeholders,
    audit: idAudit,
    uniqueness: idUniqueness,
    news: idNews,
    users: idUsers,
    account: idAccount,
    security: idSecurity,
    operations: idOperations,
  },
  en: {
    core: enCore,
    forms: enForms,
    officials: enOfficials,
    officialRecord: enOfficialRecord,
    officialChanges: enOfficialChanges,
    units: enUnits,
    import: enImport,
    workflow: enWorkflow,
    attendance: enAttendance,
    appointments: enAppointments,
    inaugurations: enInaugurations,
    table: enTable,
    uploads: enUploads,
    attachments: enAttachments,
    pdf: enPdf,
    supervision: enSupervision,
    followUps: enFollowUps,
    notifications: enNotifications,
    events: enEvents,
    calendar: enCalendar,
    stakeholders: enStakeholders,
    audit: enAudit,
    uniqueness: enUniqueness,
    news: enNews,
    users: enUsers,
    account: enAccount,
    security: enSecurity,
    operations: enOperations,
  },
};

export function messagesFor(locale: Locale): Record<string, unknown> {
  return Object.assign({}, ...Object.values(CATALOGUE_FILES[locale]));
}
