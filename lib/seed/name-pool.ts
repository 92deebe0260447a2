/**
 * Invented names for the demo officials, in the mix NTB's secretariats have: Sasak (Lombok), Samawa (Sumbawa),
 * Mbojo (Bima, Dompu), Balinese (Mataram) and names from elsewhere in Indonesia. First and second names are combined
 * at random, so any likeness to a real person is chance; the real people named in the seed articles are excluded.
 */
import type { Gender } from "@/lib/generated/prisma/enums";
import type { Random } from "./prng";

export type NameCulture = "sasak" | "samawa" | "mbojo" | "mataram" | "general";
type Pool = "sasak" | "samawa" | "mbojo" | "bali" | "general";

interface NameParts {
  first: readonly string[];
  last: readonly string[];
  /** Aristocratic prefix (Sasak Lalu/Baiq) and how often it appears. */
  prefix?: { value: string; chance: number };
}

interface PoolData {
  MALE: NameParts;
  FEMALE: NameParts;
  /** How often a person goes by one name only ("Jamaluddin"). */
  singleName: number;
  /** Whether H./Hj. (haji, hajjah) may precede the name. */
  muslim: boolean;
  places: readonly string[];
}

const POOLS: Record<Pool, PoolData> = {
  sasak: {
    MALE: {
      first: ["Ahmad", "Muhammad", "Zulkarnain", "Hairul", "Sahnan", "Mahsun", "Sukri", "Jumahir", "Hirwan", "Sapruddin", "Samsul", "Rusdi", "Amrullah", "Hamdan", "Lukman", "Zainal", "Junaidi", "Fathul", "Habib", "Khaerul"],
      last: ["Hadi", "Anwar", "Rizal", "Fauzi", "Wardi", "Hidayat", "Azhari", "Rahman", "Zaini", "Mustaqim", "Ihsan", "Hamzani", "Khairi", "Subhan", "Jayadi", "Wathoni", "Mukhlis", "Bahri", "Fikri", "Saprudin"],
      prefix: { value: "Lalu", chance: 0.2 },
    },
    FEMALE: {
      first: ["Nurul", "Siti", "Hikmatul", "Lia", "Eni", "Rini", "Yuni", "Laela", "Husnul", "Zuhriatun", "Rabiatul", "Sri", "Nur", "Wahidah", "Mardiana"],
      last: ["Hidayati", "Aini", "Hasanah", "Anggraini", "Susanti", "Marliana", "Haerani", "Ernawati", "Sukmawati", "Aisyah", "Muslihah", "Khotimah", "Apriani", "Fitriani", "Rosita", "Jannah"],
      prefix: { value: "Baiq", chance: 0.2 },
    },
    singleName: 0.05,
    muslim: true,
    places: ["Mataram", "Praya", "Selong", "Gerung", "Tanjung", "Ampenan", "Kopang", "Masbagik", "Narmada", "Pringgabaya"],
  },
  samawa: {
    MALE: {
      first: ["Syukri", "Iwan", "Arif", "Jamaluddin", "Sudirman", "Aries", "Dedi", "Kaharuddin", "Zulfikar", "Suhaimi", "Hasanuddin", "Mustakim", "Yusuf", "Ridwan", "Syamsuddin", "Hamzah", "Irfan", "Sahabuddin"],
      last: ["Rahmat", "Hardiansyah", "Hakim", "Kurniawan", "Munandar", "Muis", "Salam", "Saputra", "Hidayatullah", "Syafruddin", "Ardiansyah", "Karim", "Wahab", "Firdaus", "Mahmud", "Kasim"],
    },
    FEMALE: {
      first: ["Nurhayati", "Yuliana", "Sri", "Sumarni", "Rosdiana", "Fitri", "Dinda", "Hartini", "Rina", "Eka", "Nurjannah", "Wiwin", "Sahriah", "Ayu"],
      last: ["Safitri", "Rahayu", "Lestari", "Handayani", "Puspita", "Wulandari", "Kartini", "Sari", "Oktaviani", "Yulianti", "Amalia", "Hasanah", "Mulyani"],
    },
    singleName: 0.15,
    muslim: true,
    places: ["Sumbawa Besar", "Alas", "Taliwang", "Empang", "Utan", "Plampang", "Moyo Hilir", "Lunyuk", "Jereweh", "Seteluk"],
  },
  mbojo: {
    MALE: {
      first: ["Syarifuddin", "Ikhsan", "Fahrurrahman", "Nurdin", "Ilham", "Furqan", "Suryadin", "Amiruddin", "Julkarnain", "Muhammad", "Abdul Rahim", "Taufik", "Sirajuddin", "Arifin", "Mukhtar", "Salahuddin", "Ahmad", "Rusdin"],
      last: ["Yasin", "Gani", "Ramli", "Idris", "Hamid", "Jafar", "Bakar", "Saleh", "Sidik", "Rasyid", "Hasan", "Ibrahim", "Mansyur", "Umar", "Yakub", "Ishaka", "Azis"],
    },
    FEMALE: {
      first: ["Jaenab", "Ruqayah", "Nurfitriani", "Sitti", "Hadijah", "Rostina", "Nurmi", "Suryani", "Fatimah", "Mariam", "Hasnah", "Salmah", "Rahma", "Ratna", "Nurlaila"],
      last: ["Abdullah", "Syamsiah", "Rahmah", "Nurjanah", "Sahidah", "Hamdiah", "Kurniati", "Ramlah", "Sulastri", "Jubaedah", "Mardiah", "Yasin"],
    },
    singleName: 0.15,
    muslim: true,
    places: ["Bima", "Dompu", "Raba", "Woha", "Sape", "Bolo", "Wera", "Kempo", "Monta", "Belo"],
  },
  bali: {
    MALE: {
      first: ["I Made", "I Wayan", "I Ketut", "I Nyoman", "I Gede", "I Putu", "I Komang", "I Kadek"],
      last: ["Sudarma", "Suartika", "Wirawan", "Artana", "Mahendra", "Adnyana", "Sukadana", "Widiana", "Astawa", "Suarjana", "Wiratama"],
    },
    FEMALE: {
      first: ["Ni Made", "Ni Wayan", "Ni Ketut", "Ni Luh", "Ni Putu", "Ni Komang", "Ni Kadek"],
      last: ["Ariani", "Suastini", "Sriasih", "Widiasih", "Sukerti", "Darmayanti", "Astiti", "Puspawati", "Kusumawati", "Sumiartini"],
    },
    singleName: 0,
    muslim: false,
    places: ["Mataram", "Cakranegara", "Narmada", "Denpasar", "Singaraja", "Tabanan"],
  },
  general: {
    MALE: {
      first: ["Agus", "Budi", "Andi", "Dwi", "Eko", "Hendra", "Rudi", "Yoga", "Bayu", "Fajar", "Wahyu", "Rizky", "Dimas", "Teguh", "Bambang", "Joko", "Ari", "Heru"],
      last: ["Setiawan", "Santoso", "Prasetyo", "Nugroho", "Wibowo", "Saputra", "Kurniawan", "Permana", "Firmansyah", "Hidayat", "Pratama", "Susanto", "Gunawan", "Syahputra"],
    },
    FEMALE: {
      first: ["Dewi", "Rina", "Ratna", "Indah", "Fitri", "Novi", "Wulan", "Ayu", "Putri", "Diah", "Yuliani", "Retno", "Endang", "Anisa"],
      last: ["Kartika Sari", "Puspitasari", "Lestari", "Anggraeni", "Permatasari", "Rahmawati", "Handayani", "Oktaviani", "Wulandari", "Astuti", "Kusumaningrum", "Pertiwi"],
    },
    singleName: 0,
    muslim: true,
    places: ["Mataram", "Surabaya", "Yogyakarta", "Makassar", "Malang", "Jakarta", "Kupang", "Denpasar", "Semarang", "Bandung"],
  },
};

/** Which pools a unit's staff are drawn from, in percent: mostly local, some from elsewhere. */
const MIX: Record<NameCulture, [Pool, number][]> = {
  sasak: [["sasak", 72], ["general", 13], ["samawa", 5], ["mbojo", 5], ["bali", 5]],
  samawa: [["samawa", 70], ["general", 12], ["sasak", 12], ["mbojo", 6]],
  mbojo: [["mbojo", 75], ["general", 12], ["samawa", 8], ["sasak", 5]],
  mataram: [["sasak", 40], ["general", 30], ["bali", 25], ["mbojo", 5]],
  general: [["general", 100]],
};

/**
 * Names the generator must never produce by chance: the real people named in the seed articles, and public
 * figures whose names the pools could otherwise combine.
 */
export const RESERVED_NAMES = [
  "Suhardi Soud", "Asep Suhlan", "Agus Hilman", "Lalu Helmi", "Wildan", "Ilham Saputra", "Bernad Dermawan",
  "Arief Budiman", "Viryan", "Hasyim Asyari", "Mars Ansori Wijaya", "Nining Wahyuni", "Lahmuddin",
  "Wahyu Setiawan", "Sri Mulyani", "Dewi Lestari", "Budi Gunawan",
];

export interface DrawnName {
  /** The bare name, without titles. */
  name: string;
  muslim: boolean;
  birthPlace: string;
}

export function drawName(random: Random, culture: NameCulture, gender: Gender): DrawnName {
  const pool = POOLS[weighted(random, MIX[culture])];
  const parts = pool[gender];
  const words = [random.pick(parts.first)];
  // Short names ("Sri", "Nur") never stand alone.
  const alone = words[0]!.length >= 7 && random.chance(pool.singleName);
  if (!alone) words.push(random.pick(parts.last));
  if (parts.prefix && random.chance(parts.prefix.chance)) words.unshift(parts.prefix.value);
  return { name: words.join(" "), muslim: pool.muslim, birthPlace: random.pick(pool.places) };
}

function weighted<T>(random: Random, options: [T, number][]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}
