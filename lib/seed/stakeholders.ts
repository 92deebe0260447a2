/**
 * Demo pemangku kepentingan of NTB: the organisations KPU Provinsi NTB and KPU Kabupaten Sumbawa coordinate with,
 * one contact person each. Names of people are invented; organisations are the kind every province has.
 */
import type { Prisma, StakeholderCategory } from "@/lib/generated/prisma/client";
import { stakeholderNameKey } from "@/lib/stakeholders/name-key";
import { SEEDED_AT } from "./dates";
import { unitId } from "./dataset";

type Row = [
  key: string,
  keeper: string,
  name: string,
  category: StakeholderCategory,
  contact: string,
  position: string,
];

const ORGANISATIONS: Row[] = [
  ["bawaslu-ntb", "52", "Bawaslu Provinsi NTB", "ELECTION_BODY", "Lalu Ahmad Fauzan", "Kepala Sekretariat"],
  [
    "pemprov-ntb",
    "52",
    "Pemerintah Provinsi NTB",
    "REGIONAL_GOVERNMENT",
    "Baiq Rahmawati",
    "Kepala Badan Kesbangpoldagri",
  ],
  ["polda-ntb", "52", "Kepolisian Daerah NTB", "FORKOPIMDA", "Kombes Pol. I Made Suardana", "Karo Ops"],
  ["korem-162", "52", "Korem 162/Wira Bhakti", "FORKOPIMDA", "Letkol Inf. Hendra Saputra", "Kasi Ter"],
  ["kejati-ntb", "52", "Kejaksaan Tinggi NTB", "LAW_ENFORCEMENT", "Nurul Aini", "Asisten Intelijen"],
  [
    "parpol-a",
    "52",
    "DPW Partai Amanat Rakyat NTB",
    "ELECTION_PARTICIPANT",
    "Muhammad Zaini",
    "Sekretaris DPW",
  ],
  [
    "parpol-b",
    "52",
    "DPD Partai Karya Bangsa NTB",
    "ELECTION_PARTICIPANT",
    "Hj. Sri Wahyuni",
    "Ketua Bappilu",
  ],
  ["unram", "52", "Universitas Mataram", "UNIVERSITY", "Dr. Ikhsan Hamid", "Dekan FISIP"],
  ["uin-mataram", "52", "UIN Mataram", "UNIVERSITY", "Dr. Siti Nurjanah", "Ketua Prodi Ilmu Politik"],
  ["lombok-post", "52", "Harian Lombok Post", "MEDIA", "Yusuf Rizal", "Redaktur Pelaksana"],
  ["rri-mataram", "52", "LPP RRI Mataram", "MEDIA", "Ni Ketut Ariani", "Kepala Seksi Pemberitaan"],
  ["jppr-ntb", "52", "Jaringan Pemantau Pemilu Rakyat NTB", "COMMUNITY", "Agus Salim", "Koordinator Wilayah"],
  [
    "bawaslu-sumbawa",
    "5204",
    "Bawaslu Kabupaten Sumbawa",
    "ELECTION_BODY",
    "Syamsul Hidayat",
    "Koordinator Sekretariat",
  ],
  [
    "pemkab-sumbawa",
    "5204",
    "Pemerintah Kabupaten Sumbawa",
    "REGIONAL_GOVERNMENT",
    "Dewi Kartika",
    "Kabag Tata Pemerintahan",
  ],
];

export const stakeholderId = (key: string) => `demo-org-${key}`;
export const contactId = (key: string) => `demo-contact-${key}`;

/** The province's organisations that the Stakeholder Day invited (all kept by the province). */
export const PROVINCE_STAKEHOLDERS = ORGANISATIONS.filter(([, keeper]) => keeper === "52").map(
  ([key, , name]) => ({
    organisationId: stakeholderId(key),
    contactId: contactId(key),
    contactName: ORGANISATIONS.find((row) => row[0] === key)![4],
    organisationName: name,
  }),
);

export interface StakeholderSeed {
  organisations: Prisma.StakeholderOrganisationCreateManyInput[];
  contacts: Prisma.StakeholderContactCreateManyInput[];
}

export function buildStakeholders(): StakeholderSeed {
  return {
    // Every keeper here sits under (or is) the province, so the province is each one's region.
    organisations: ORGANISATIONS.map(([key, keeper, name, category]) => ({
      id: stakeholderId(key),
      unitId: unitId(keeper),
      regionUnitId: unitId("52"),
      name,
      nameKey: stakeholderNameKey(name),
      category,
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    })),
    contacts: ORGANISATIONS.map(([key, , , , contact, position]) => ({
      id: contactId(key),
      organisationId: stakeholderId(key),
      name: contact,
      position,
      createdAt: SEEDED_AT,
    })),
  };
}
