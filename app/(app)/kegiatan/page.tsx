import { ModulePlaceholder } from "@/components/shell/module-placeholder";
import { requirePermission } from "@/lib/auth/current-user";

export default async function Page() {
  await requirePermission("event.view");
  return <ModulePlaceholder navKey="events" />;
}
