import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { AttendanceList } from "@/components/attendance/attendance-list";
import { AppointeeOath } from "@/components/inaugurations/appointee-oath";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/current-user";
import { markAppointeeAttendance } from "@/lib/inaugurations/actions";
import { getInauguration } from "@/lib/inaugurations/queries";

/** Daftar hadir on a phone: each appointee present on site, present online or absent, with the oath they take. */
export default async function AttendancePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("inauguration.manage");
  const ceremony = await getInauguration(user, (await params).id);
  if (!ceremony) notFound();
  const t = await getTranslations("inaugurations");
  return (
    <>
      <Link href={`/pelantikan/upacara/${ceremony.id}`} className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={t("attendancePage.title", { title: ceremony.title })}
        intro={t("attendancePage.intro")}
      />
      <AttendanceList
        people={ceremony.rows.map((row) => ({
          id: row.id,
          name: row.name,
          nip: row.nip,
          unit: `${row.newPost} · ${row.unit}`,
          status: row.attendance,
        }))}
        markAttendance={markAppointeeAttendance.bind(null, ceremony.id)}
        details={Object.fromEntries(
          ceremony.rows.map((row) => [
            row.id,
            <>
              {t("columns.oath")}:{" "}
              <AppointeeOath
                officialId={row.officialId}
                name={row.name}
                religion={row.religion}
                oath={row.oath}
              />
            </>,
          ]),
        )}
      />
    </>
  );
}
