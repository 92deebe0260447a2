/**
 * The sections and staff posts of a secretariat, as data: the province's four Bagian with two Sub Bagian each,
 * the regencies' four Sub Bagian, and the support posts. structure.ts turns them into posts with keys and levels.
 */
import type { Field } from "./structure";

export interface Staff {
  key: string;
  title: string;
  quota?: number;
  field?: Field;
}

export interface SubbagTemplate {
  key: string;
  name: string;
  field: Field;
  executors: Staff[];
  functional?: Staff[];
}

/**
 * The four Sub Bagian of a regency/city secretariat, whose names follow the province's four Bagian: as PKPU 14/2020
 * on the organisation of the secretariats stands after its second amendment (PKPU 21/2023), law sits with the
 * technical conduct of elections and participation and public relations with human resources. The keys ("tp",
 * "hsdm") are ids of the demo data and stay as they were.
 */
export const REGENCY_SUBBAGS: SubbagTemplate[] = [
  {
    key: "kul",
    name: "Keuangan, Umum dan Logistik",
    field: "finance",
    executors: [
      { key: "bendahara", title: "Bendahara Pengeluaran" },
      { key: "bmn", title: "Pengelola Barang Milik Negara", field: "general" },
    ],
  },
  {
    key: "tp",
    name: "Teknis Penyelenggaraan Pemilu dan Hukum",
    field: "technical",
    executors: [
      { key: "teknis", title: "Pengelola Data Teknis Penyelenggaraan Pemilu" },
      { key: "hukum", title: "Pengadministrasi Hukum", field: "law" },
    ],
  },
  {
    key: "hsdm",
    name: "Partisipasi, Hubungan Masyarakat dan SDM",
    field: "hr",
    executors: [
      { key: "kepegawaian", title: "Pengelola Kepegawaian" },
      { key: "parhumas", title: "Pengelola Partisipasi dan Hubungan Masyarakat", field: "technical" },
    ],
  },
  {
    key: "pdi",
    name: "Perencanaan, Data dan Informasi",
    field: "planning",
    executors: [
      { key: "program", title: "Penyusun Program dan Anggaran" },
      { key: "datin", title: "Pengolah Data dan Informasi", field: "it" },
    ],
    functional: [{ key: "pranata", title: "Pranata Komputer Ahli Pertama", field: "it" }],
  },
];

export interface BagianTemplate {
  key: string;
  name: string;
  field: Field;
  subbags: SubbagTemplate[];
}

export const PROVINCE_BAGIAN: BagianTemplate[] = [
  {
    key: "kul",
    name: "Keuangan, Umum dan Logistik",
    field: "finance",
    subbags: [
      {
        key: "keu",
        name: "Keuangan",
        field: "finance",
        executors: [
          { key: "bendahara", title: "Bendahara Pengeluaran" },
          { key: "lapkeu", title: "Penata Laporan Keuangan" },
        ],
        functional: [{ key: "apk", title: "Analis Pengelolaan Keuangan APBN Ahli Pertama" }],
      },
      {
        key: "ul",
        name: "Umum dan Logistik",
        field: "general",
        executors: [
          { key: "bmn", title: "Pengelola Barang Milik Negara" },
          { key: "umum", title: "Pengadministrasi Umum", quota: 2 },
        ],
        functional: [{ key: "arsiparis", title: "Arsiparis Ahli Pertama" }],
      },
    ],
  },
  {
    key: "tp",
    name: "Teknis Penyelenggaraan Pemilu dan Hukum",
    field: "technical",
    subbags: [
      {
        key: "teknis",
        name: "Teknis Penyelenggaraan Pemilu",
        field: "technical",
        executors: [{ key: "teknis", title: "Pengelola Data Teknis Penyelenggaraan Pemilu" }],
      },
      {
        key: "hukum",
        name: "Hukum",
        field: "law",
        executors: [{ key: "hukum", title: "Pengadministrasi Hukum" }],
      },
    ],
  },
  {
    key: "hsdm",
    name: "Partisipasi, Hubungan Masyarakat dan SDM",
    field: "hr",
    subbags: [
      {
        key: "parhumas",
        name: "Partisipasi dan Hubungan Masyarakat",
        field: "technical",
        executors: [{ key: "parhumas", title: "Pengelola Partisipasi dan Hubungan Masyarakat" }],
      },
      {
        key: "sdm",
        name: "Sumber Daya Manusia",
        field: "hr",
        executors: [{ key: "kepegawaian", title: "Pengelola Kepegawaian" }],
        functional: [{ key: "asn", title: "Analis SDM Aparatur Ahli Pertama" }],
      },
    ],
  },
  {
    key: "pdi",
    name: "Perencanaan, Data dan Informasi",
    field: "planning",
    subbags: [
      {
        key: "ren",
        name: "Perencanaan",
        field: "planning",
        executors: [{ key: "program", title: "Penyusun Program dan Anggaran" }],
        functional: [{ key: "perencana", title: "Perencana Ahli Pertama" }],
      },
      {
        key: "datin",
        name: "Data dan Informasi",
        field: "it",
        executors: [{ key: "datin", title: "Pengolah Data dan Informasi" }],
        functional: [{ key: "pranata", title: "Pranata Komputer Ahli Pertama", quota: 2 }],
      },
    ],
  },
];

/** Tenaga pendukung: non-ASN support posts; a unit's support quota is spread over them in this order. */
export const SUPPORT_POSTS: Staff[] = [
  { key: "operator", title: "Operator Komputer" },
  { key: "administrasi", title: "Tenaga Administrasi" },
  { key: "pengemudi", title: "Pengemudi" },
  { key: "satpam", title: "Satuan Pengamanan" },
  { key: "pramubakti", title: "Pramubakti" },
];
