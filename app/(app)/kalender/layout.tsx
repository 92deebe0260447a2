import { moduleMetadata } from "@/components/shell/module-metadata";

export const generateMetadata = moduleMetadata("calendar");

export default function ModuleLayout({ children }: { children: React.ReactNode }) {
  return children;
}
