/**
 * Surat Keputusan (SK) numbers for the demo assignments, in the form "123/KPG.03-Kpt/05/2023": a running number
 * per year, the classification code for personnel decrees, and the year.
 */
import { addDays, day } from "./dates";
import type { Random } from "./prng";

export interface Decree {
  decreeNumber: string;
  decreeDate: Date;
}

function decreeNumber(sequence: number, year: number): string {
  return `${sequence}/KPG.03-Kpt/05/${year}`;
}

/**
 * The one collective decree behind the inauguration of 48 Pejabat Pengawas on 11 March 2022 (seed 000):
 * every Kasubbag inaugurated that day holds the post on it.
 */
export const PENGAWAS_DECREE: Decree = {
  decreeNumber: decreeNumber(112, 2022),
  decreeDate: day("2022-03-07"),
};

/** Hands out decree numbers in the order of asking, each a few days before the start it decides. */
export class DecreeBook {
  private readonly next = new Map<number, number>();

  constructor(private readonly random: Random) {}

  issue(start: Date): Decree {
    const decreeDate = addDays(start, -this.random.int(3, 14));
    const year = decreeDate.getUTCFullYear();
    const sequence = (this.next.get(year) ?? 120) + this.random.int(1, 9);
    this.next.set(year, sequence);
    return { decreeNumber: decreeNumber(sequence, year), decreeDate };
  }
}
