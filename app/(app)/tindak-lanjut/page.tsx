import { ModulePlaceholder } from "@/components/shell/module-placeholder";
import { requirePermission } from "@/lib/auth/current-user";

export default async function Page() {
  await requirePermission("followUp.view");
  return <ModulePlaceholder navKey="followUps" />;
}
