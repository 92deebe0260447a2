import { dropInstancesDatabase } from "./database";

export default function globalTeardown(): void {
  dropInstancesDatabase();
}
