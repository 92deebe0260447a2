/**
 * Mounts the attendance component alone in a browser page for tests/e2e/attendance.spec.ts, so it is tested in
 * Chromium without a page of the app that users could reach. The test hands in the people and answers each mark
 * itself (window.markAttendance, exposed by Playwright), so it decides when and how "the server" replies.
 */
import { NextIntlClientProvider } from "next-intl";
import { createRoot } from "react-dom/client";
import { AttendanceList, type MarkAttendance } from "@/components/attendance/attendance-list";
import type { Attendee } from "@/lib/attendance/roster";
import { messagesFor } from "@/lib/i18n/messages";

declare global {
  interface Window {
    attendanceHarness: { people: Attendee[] };
    markAttendance: MarkAttendance;
  }
}

const root = document.getElementById("harness");
if (!root) throw new Error("no #harness element");
createRoot(root).render(
  <NextIntlClientProvider locale="id" messages={messagesFor("id")} timeZone="Asia/Makassar">
    <AttendanceList
      people={window.attendanceHarness.people}
      markAttendance={(personId, status) => window.markAttendance(personId, status)}
    />
  </NextIntlClientProvider>,
);
