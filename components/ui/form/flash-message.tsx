import { readFlash } from "@/lib/actions/flash";
import { FlashStatus } from "./flash-status";

/** The confirmation a save carried to this page ("Perubahan tersimpan."), for the app shell to show once. */
export async function FlashMessage() {
  return <FlashStatus flash={await readFlash()} />;
}
