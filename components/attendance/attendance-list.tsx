"use client";

import { useTranslations } from "next-intl";
import { startTransition, useOptimistic, useState, type ReactNode } from "react";
import { TextField } from "@/components/ui/text-field";
import {
  countAttendance,
  filterAttendees,
  type AttendanceMark,
  type Attendee,
} from "@/lib/attendance/roster";
import type { AttendanceStatus } from "@/lib/generated/prisma/enums";
import { AttendanceCountsBar } from "./attendance-counts";
import { AttendanceRow } from "./attendance-row";

/** The server action that stores one mark; its answer is a form state (lib/actions/submit.ts ActionState). */
export type MarkAttendance = (
  personId: string,
  status: AttendanceMark,
) => Promise<{ ok?: boolean; message?: string }>;

type Marks = Record<string, AttendanceStatus>;

/**
 * Daftar hadir on a phone, for a ceremony or an event: search the list, mark each person present on site, present
 * online or absent in one tap. The mark and the counts change at once; a mark the server refuses goes back to what
 * was stored, with the reason on that row, and leaves every other row as it is. `details` adds what a module needs
 * beside a person (a ceremony: the appointee's oath), by person id, rendered by the page.
 */
export function AttendanceList({
  people,
  markAttendance,
  details,
}: {
  people: Attendee[];
  markAttendance: MarkAttendance;
  details?: Record<string, ReactNode>;
}) {
  const t = useTranslations("attendance");
  const [query, setQuery] = useState("");
  // What the server confirmed since the page loaded, over the statuses the page was rendered with.
  const [saved, setSaved] = useState<Marks>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [shown, addMark] = useOptimistic(
    saved,
    (marks: Marks, mark: { id: string; status: AttendanceStatus }) => ({
      ...marks,
      [mark.id]: mark.status,
    }),
  );

  const statusOf = (person: Attendee) => shown[person.id] ?? person.status;
  const savedStatusOf = (person: Attendee) => saved[person.id] ?? person.status;
  const counts = countAttendance(people.map(statusOf));
  const visible = filterAttendees(people, query);

  function mark(person: Attendee, status: AttendanceMark) {
    // Outside the transition, so an earlier failure's message goes at the tap, not when the server answers.
    setErrors((current) => {
      const next = { ...current };
      delete next[person.id];
      return next;
    });
    startTransition(async () => {
      addMark({ id: person.id, status });
      let result: { ok?: boolean; message?: string };
      try {
        result = await markAttendance(person.id, status);
      } catch {
        result = { ok: false };
      }
      // After an await, state updates need their own transition to land with the action's end.
      startTransition(() => {
        if (result.ok) setSaved((marks) => ({ ...marks, [person.id]: status }));
        else setErrors((current) => ({ ...current, [person.id]: result.message ?? t("failedUnknown") }));
      });
    });
  }

  return (
    <div className="mx-auto w-full max-w-xl">
      <AttendanceCountsBar counts={counts} />
      <TextField
        label={t("search")}
        hint={t("searchHint")}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        autoComplete="off"
        className="mt-3"
      />
      <p aria-live="polite" className="mt-1 text-xs text-slate-600">
        {query.trim() ? t("shown", { shown: visible.length, total: people.length }) : null}
      </p>
      {people.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">{t("empty")}</p>
      ) : visible.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">{t("noMatch", { query: query.trim() })}</p>
      ) : (
        <ul aria-label={t("list")} className="mt-2">
          {visible.map((person) => (
            <AttendanceRow
              key={person.id}
              person={person}
              status={statusOf(person)}
              saving={statusOf(person) !== savedStatusOf(person)}
              error={errors[person.id]}
              detail={details?.[person.id]}
              onMark={(status) => mark(person, status)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
