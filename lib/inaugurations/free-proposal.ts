/** An appointee taken off a ceremony's list: the proposal stays approved, free for another ceremony. */
import "server-only";
import type { MutationContext } from "@/lib/actions/mutation";

export async function freeProposal(
  { tx, authorize, audit }: Pick<MutationContext<unknown>, "tx" | "authorize" | "audit">,
  proposal: { id: string; unitId: string; version: number },
  inaugurationId: string,
  /** "unschedule" (removed or the ceremony cancelled) or "absent" (not there on the day). */
  why: "unschedule" | "absent",
): Promise<void> {
  authorize(proposal);
  await tx.appointmentProposal.update({
    where: { id: proposal.id },
    data: { inaugurationId: null, version: proposal.version + 1 },
  });
  await audit({
    action: `appointment.${why}`,
    entityType: "AppointmentProposal",
    entityId: proposal.id,
    unitId: proposal.unitId,
    before: { inaugurationId },
    after: { inaugurationId: null },
  });
}
