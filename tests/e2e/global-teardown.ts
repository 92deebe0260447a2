import { dropE2EDatabase } from "./database";

/** Drops the run's database (see database.ts). The app server is still up here; the drop closes its connections. */
export default function globalTeardown(): void {
  dropE2EDatabase();
}
