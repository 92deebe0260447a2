/**
 * Surat Keputusan (SK) numbers for the demo assignments, numbered by the unit that issues them as real ones are:
 * a running number per issuer and year, the classification code of personnel decrees (KPG.03) with "-Kpt" for a
 * keputusan, then the issuer, and the year.
 *   Sekretariat Jenderal:   "1207/KPG.03-Kpt/05/2023"     (05: its personnel bureau)
 *   KPU Provinsi NTB:       "131/KPG.03-Kpt/52/3/2022"    (region code and month)
 *   KPU Kabupaten Sumbawa:  "12/KPG.03-Kpt/5204/2/2023"   (region code and month)
 * A small regency issues a few dozen decrees a year, the province a few hundred, the national office thousands:
 * each issuer's numbering starts where such a year would be by the demo's dates.
 */
import { addDays, day } from "./dates";
import type { Random } from "./prng";
import { NATIONAL_CODE } from "./units";

export interface Decree {
  decreeNumber: string;
  decreeDate: Date;
}

/** The decree number issued by the unit with region code `issuer` ("RI", "52", "5204") on `date`. */
export function decreeNumber(sequence: number, issuer: string, date: Date): string {
  const year = date.getUTCFullYear();
  if (issuer === NATIONAL_CODE) return `${sequence}/KPG.03-Kpt/05/${year}`;
  return `${sequence}/KPG.03-Kpt/${issuer}/${date.getUTCMonth() + 1}/${year}`;
}

const PENGAWAS_DECREE_DATE = day("2022-03-07");

/**
 * The one collective decree of the provincial secretariat behind the inauguration of 48 Pejabat Pengawas on
 * 11 March 2022 (seed 000): every Kasubbag inaugurated that day holds the post on it.
 */
export const PENGAWAS_DECREE: Decree = {
  decreeNumber: decreeNumber(112, "52", PENGAWAS_DECREE_DATE),
  decreeDate: PENGAWAS_DECREE_DATE,
};

/** Where an issuer's numbering stands early in a year, by the size of the office. */
function firstNumber(random: Random, issuer: string): number {
  if (issuer === NATIONAL_CODE) return random.int(900, 1400);
  return issuer.length <= 2 ? random.int(90, 160) : random.int(3, 25);
}

/** Hands out decree numbers in the order of asking, each a few days before the start it decides. */
export class DecreeBook {
  private readonly next = new Map<string, number>();

  constructor(private readonly random: Random) {}

  issue(start: Date, issuer: string): Decree {
    const decreeDate = addDays(start, -this.random.int(3, 14));
    const key = `${issuer}/${decreeDate.getUTCFullYear()}`;
    const sequence = (this.next.get(key) ?? firstNumber(this.random, issuer)) + this.random.int(1, 9);
    this.next.set(key, sequence);
    return { decreeNumber: decreeNumber(sequence, issuer, decreeDate), decreeDate };
  }
}
