/**
 * The authorisation matrix, pages and routes half (issue 11; decision 022): every `page.tsx` and `route.ts` found
 * under app/ × every demo account (each role at the province, a regency and the nation) × a demo record of the
 * account's own unit, another regency, the parent province and the nation. The answer must be the policy's: 200
 * where the role may view that kind of record and the record lies in the account's subtree (or the module's wider
 * read applies: the activities a unit takes part in, decision 009; published news read upward, decision 014), a
 * 404 otherwise (a 403/404 for an API route), a sign-in redirect when signed out; and a refused page shows nothing
 * of the record. Requests only: the browser is used to sign in, the HTML is never rendered.
 */
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { can, type Action } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";
import { expect, login, test } from "./fixtures";
import {
  ancestorsOf,
  findRoutes,
  addFiles,
  loadWorld,
  subtreeOf,
  type FoundRoute,
  type Kind,
  type MatrixRecord,
  type World,
} from "./matrix-pages-world";

/** The account a route is tried as: its role, home unit, subtree and the units above it. */
interface Viewer {
  username: string;
  id: string;
  role: Role;
  unit: { id: string; level: "NATIONAL" | "PROVINCE" | "REGENCY_CITY" };
  scopeUnitIds: Set<string>;
  ancestorUnitIds: Set<string>;
}

type Allowed = (viewer: Viewer, record: MatrixRecord) => boolean;

/** How a route is filled and what it must answer. */
type Entry =
  /** No dynamic segment: allowed when the role has the action (or, for `true`, for every signed-in account). */
  | { action: Action | true; kind?: undefined }
  /**
   * Filled with a record of `kind`; allowed as `allowed` says (default: the action, on a record in scope). An
   * allowed form for a record in a state it cannot be changed in sends to the record's page (`redirects`).
   */
  | { kind: Kind; action: Action; allowed?: Allowed; redirects?: Allowed }
  /** Answers the same whoever asks (sign-in, next-auth, a feed address nobody holds): filled with `fill`. */
  | { fixed: { url: string; signedIn: number[]; signedOut: number[] }; kind?: undefined; action?: undefined };

/** The policy's answer for the matrix's account (it holds the fields `can` reads: role, unit level, scope). */
const allows = (viewer: Viewer, action: Action, record?: { unitId: string }) =>
  can(viewer as unknown as Parameters<typeof can>[0], action, record);
const inScope = (viewer: Viewer, record: MatrixRecord) => viewer.scopeUnitIds.has(record.unitId);
const policy = (viewer: Viewer, action: Action, record: MatrixRecord) =>
  allows(viewer, action, { unitId: record.unitId });
/** Decision 009: an activity is seen from its own unit's subtree and from the subtrees of the units taking part. */
const seesEvent: Allowed = (viewer, record) =>
  allows(viewer, "event.view") &&
  (inScope(viewer, record) || record.alsoUnitIds.some((id) => viewer.scopeUnitIds.has(id)));
/** A visit is seen from the visited unit's subtree and from the visitor's. */
const seesVisit: Allowed = (viewer, record) =>
  allows(viewer, "supervision.view") &&
  (inScope(viewer, record) || record.alsoUnitIds.some((id) => viewer.scopeUnitIds.has(id)));
/** Decision 014: published news is read in its unit's subtree and by every unit below it. */
const readsNews: Allowed = (viewer, record) =>
  allows(viewer, "news.view") && (inScope(viewer, record) || viewer.ancestorUnitIds.has(record.unitId));

/**
 * Every route of the app. A route found on disk with no entry here fails the first test: a new page or route must
 * say how to fill it and who may see it.
 */
const ROUTES: Record<string, Entry> = {
  "/": { action: true },
  "/login": { fixed: { url: "/login", signedIn: [200, 303, 307], signedOut: [200] } },
  "/akun/kata-sandi": { action: true },
  "/kalender": { action: true },
  "/notifikasi": { action: true },
  "/audit": { action: "audit.view" },
  "/berita": { action: "news.view" },
  "/berita/[id]": { kind: "news", action: "news.view", allowed: readsNews },
  // A published item is nobody's to edit (decision 014).
  "/berita/[id]/ubah": { kind: "news", action: "news.manage", allowed: () => false },
  "/kegiatan": { action: "event.view" },
  "/kegiatan/baru": { action: "event.manage" },
  "/kegiatan/[id]": { kind: "event", action: "event.view", allowed: seesEvent },
  // Changed while planned only; a held or cancelled activity's form does not exist.
  "/kegiatan/[id]/ubah": {
    kind: "event",
    action: "event.manage",
    allowed: (viewer, record) => policy(viewer, "event.manage", record) && record.facts.status === "PLANNED",
  },
  "/kegiatan/[id]/kehadiran": { kind: "event", action: "event.manage" },
  "/kegiatan/pemangku-kepentingan": { action: "event.view" },
  "/kegiatan/pemangku-kepentingan/[id]": { kind: "organisation", action: "event.view" },
  "/pegawai": { action: "official.view" },
  "/pegawai/baru": { action: "official.manage" },
  "/pegawai/impor": { action: "official.manage" },
  "/pegawai/[id]": { kind: "official", action: "official.view" },
  "/pegawai/[id]/ubah": { kind: "official", action: "official.manage" },
  "/pegawai/[id]/mutasi": { kind: "official", action: "official.manage" },
  "/pegawai/[id]/nonaktifkan": { kind: "official", action: "official.manage" },
  "/pelantikan": { action: "appointment.view" },
  "/pelantikan/antrean": { action: "appointment.approve" },
  "/pelantikan/pengaturan": { action: "appointment.configure" },
  "/pelantikan/plh": { action: "appointment.approve" },
  "/pelantikan/upacara/baru": { action: "inauguration.manage" },
  "/pelantikan/upacara/[id]": { kind: "inauguration", action: "inauguration.view" },
  "/pelantikan/upacara/[id]/ubah": {
    kind: "inauguration",
    action: "inauguration.manage",
    redirects: (_, record) => record.facts.status !== "PLANNED",
  },
  "/pelantikan/upacara/[id]/kehadiran": { kind: "inauguration", action: "inauguration.manage" },
  "/pelantikan/usulan/baru": { action: "appointment.propose" },
  "/pelantikan/usulan/[id]": { kind: "proposal", action: "appointment.view" },
  // Changed by the proposing unit while a draft or sent back; anyone else in scope is sent to the proposal.
  "/pelantikan/usulan/[id]/ubah": {
    kind: "proposal",
    action: "appointment.propose",
    redirects: (viewer, record) =>
      viewer.unit.id !== record.unitId || !["DRAFT", "RETURNED"].includes(record.facts.status ?? ""),
  },
  "/pengguna": { action: "user.manage" },
  "/pengguna/baru": { action: "user.manage" },
  "/pengguna/[id]": { kind: "account", action: "user.manage" },
  "/satuan-kerja": { action: "unit.view" },
  "/satuan-kerja/baru": { action: "unit.manage" },
  "/satuan-kerja/posisi-sdm": { action: "unit.view" },
  "/satuan-kerja/[code]": { kind: "unit", action: "unit.view" },
  "/satuan-kerja/[code]/ubah": { kind: "unit", action: "unit.manage" },
  "/satuan-kerja/[code]/bagian/baru": { kind: "unit", action: "unit.manage" },
  "/satuan-kerja/[code]/jabatan/baru": { kind: "unit", action: "unit.manage" },
  "/satuan-kerja/[code]/bagian/[id]": { kind: "section", action: "unit.manage" },
  "/satuan-kerja/[code]/jabatan/[id]": { kind: "position", action: "unit.manage" },
  "/supervisi": { action: "supervision.view" },
  "/supervisi/baru": { action: "visit.manage" },
  "/supervisi/[id]": { kind: "visit", action: "supervision.view", allowed: seesVisit },
  // Filed by the visited unit itself while the report is a draft or sent back (lib/supervision/abilities.ts).
  "/supervisi/[id]/laporan": {
    kind: "visit",
    action: "report.file",
    allowed: (viewer, record) =>
      viewer.unit.id === record.unitId &&
      policy(viewer, "report.file", record) &&
      record.facts.visitStatus !== "CANCELLED" &&
      ["DRAFT", "RETURNED", null, undefined].includes(record.facts.reportStatus),
  },
  // Changed by the visiting unit while the visit is still planned (visitAbilities); no such form otherwise.
  "/supervisi/[id]/ubah": {
    kind: "visit",
    action: "visit.manage",
    allowed: (viewer, record) =>
      record.alsoUnitIds.includes(viewer.unit.id) &&
      policy(viewer, "visit.manage", record) &&
      record.facts.visitStatus === "PLANNED",
  },
  "/supervisi/[id]/pdf": {
    kind: "visit",
    action: "supervision.view",
    allowed: (viewer, record) => seesVisit(viewer, record) && record.facts.reportStatus != null,
  },
  "/tindak-lanjut": { action: "followUp.view" },
  "/tindak-lanjut/ekspor": { action: "followUp.view" },
  "/tindak-lanjut/[id]": { kind: "followUp", action: "followUp.view" },
  "/api/audit/ekspor": { action: "audit.view" },
  "/api/auth/[...nextauth]": {
    fixed: { url: "/api/auth/providers", signedIn: [200], signedOut: [200] },
  },
  // A file is seen with its record's view, in its record's unit's subtree; no participant or upward read.
  "/api/lampiran/[id]": {
    kind: "attachment",
    action: "event.view",
    allowed: (viewer, record) => policy(viewer, record.facts.view as Action, record),
  },
  // A news photo is read wherever its published item is (decision 014), though its file is the activity's.
  "/api/berita/[id]/foto/[photoId]": { kind: "newsPhoto", action: "news.view", allowed: readsNews },
  "/api/kalender/[file]": {
    fixed: { url: "/api/kalender/bukan-token.ics", signedIn: [404], signedOut: [404] },
  },
  "/api/pegawai/ekspor": { action: "official.view" },
  "/api/pegawai/impor/templat": { action: "official.manage" },
  "/api/pelantikan/[id]/berita-acara": { kind: "inauguration", action: "inauguration.view" },
  "/api/pelantikan/[id]/daftar": { kind: "inauguration", action: "inauguration.view" },
  "/api/satuan-kerja/posisi-sdm/pdf": { action: "unit.view" },
};

/** The demo accounts the matrix signs in as (lib/seed DEMO_LOGINS): every role at NTB, regencies, the nation. */
const USERNAMES = [
  "admin",
  "sekprov",
  "stafprov",
  "pemantau",
  "sekkab.sumbawa",
  "staf.mataram",
  "sekkab.dompu",
  "sekjen",
  "admin.ri",
];

/** A well-formed id no record has. */
const NOBODY = "c0000000000000000000000000";

let world: World;
let routes: FoundRoute[];
let removeFiles: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
  world = await loadWorld();
  routes = findRoutes();
  removeFiles = await addFiles(world, world.accounts.get("admin")!.id);
});

test.afterAll(async () => {
  await removeFiles?.();
});

function viewerOf(username: string): Viewer {
  const account = world.accounts.get(username);
  if (!account) throw new Error(`demo account ${username} missing`);
  const unit = world.units.get(account.unitId)!;
  return {
    username,
    id: account.id,
    role: account.role,
    unit: { id: unit.id, level: unit.level },
    scopeUnitIds: subtreeOf(world, unit.id),
    ancestorUnitIds: ancestorsOf(world, unit.id),
  };
}

const fill = (pattern: string, record: MatrixRecord) =>
  pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = record.segments[name];
    if (!value) throw new Error(`${pattern}: the ${record.kind} record fills no [${name}]`);
    return value;
  });

interface Visit {
  url: string;
  api: boolean;
  allowed: boolean | number[];
  /** Allowed, and answered with a redirect to the record's page. */
  redirect?: boolean;
  record?: MatrixRecord;
}

/** Every URL the matrix asks for, as `viewer` (or signed out when null), with the answer expected. */
function visits(viewer: Viewer | null): Visit[] {
  const all: Visit[] = [];
  for (const route of routes) {
    const entry = ROUTES[route.pattern]!;
    if ("fixed" in entry && entry.fixed) {
      all.push({
        url: entry.fixed.url,
        api: route.api,
        allowed: viewer ? entry.fixed.signedIn : entry.fixed.signedOut,
      });
    } else if (!entry.kind) {
      const allowed = !!viewer && (entry.action === true || (!!entry.action && allows(viewer, entry.action)));
      all.push({ url: route.pattern, api: route.api, allowed });
    } else {
      const records = world.records.filter((record) => record.kind === entry.kind);
      if (records.length === 0) throw new Error(`no demo ${entry.kind} for ${route.pattern}`);
      for (const record of records) {
        const allowed =
          !!viewer &&
          (entry.allowed ? entry.allowed(viewer, record) : policy(viewer, entry.action, record)) &&
          allows(viewer, entry.action);
        const redirect = allowed && !!entry.redirects?.(viewer, record);
        all.push({ url: fill(route.pattern, record), api: route.api, allowed, redirect, record });
      }
    }
  }
  return all;
}

/** Asks for every visit, a few at a time; returns what differs from the expectation, one line each. */
async function walk(request: APIRequestContext, viewer: Viewer | null, shell: string): Promise<string[]> {
  const wrong: string[] = [];
  const asked = visits(viewer);
  const queue = [...asked];
  const who = viewer?.username ?? "signed out";
  const check = async (visit: Visit) => {
    const response: APIResponse = await request.get(visit.url, { maxRedirects: 0 });
    const status = response.status();
    const location = response.headers()["location"] ?? "";
    let ok: boolean;
    if (Array.isArray(visit.allowed)) ok = visit.allowed.includes(status);
    else if (visit.redirect) ok = [303, 307].includes(status) && location.includes(visit.record!.id);
    else if (visit.allowed) ok = status === 200;
    // Signed out: sent to sign in (the proxy does so for API routes too), or an API route's own refusal.
    else if (!viewer)
      ok =
        ([303, 307].includes(status) && location.includes("/login")) ||
        (visit.api && [401, 403, 404].includes(status));
    else ok = visit.api ? [403, 404].includes(status) : status === 404;
    const expected = Array.isArray(visit.allowed)
      ? visit.allowed.join("/")
      : visit.redirect
        ? "a redirect to the record"
        : visit.allowed
          ? "200"
          : viewer
            ? "refused"
            : "to sign in";
    if (!ok)
      wrong.push(
        `${who} GET ${visit.url}: ${status}${location ? ` → ${location}` : ""}, expected ${expected}`,
      );
    // A refused page says nothing of the record (unless the shell itself shows that name: one's own unit, self).
    if (visit.record && visit.allowed === false && status !== 200 && !shell.includes(visit.record.name)) {
      const body = await response.text();
      const escaped = visit.record.name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      if (body.includes(visit.record.name) || body.includes(escaped)) {
        wrong.push(`${who} GET ${visit.url}: refused, but the answer shows "${visit.record.name}"`);
      }
    }
  };
  const workers = Array.from({ length: 4 }, async () => {
    for (let visit = queue.shift(); visit; visit = queue.shift()) await check(visit);
  });
  await Promise.all(workers);
  // Each account both reaches records and is refused some: a matrix that allows all or nothing tests nothing.
  if (
    viewer &&
    (!asked.some((v) => v.record && v.allowed === true) || !asked.some((v) => v.record && !v.allowed))
  ) {
    wrong.push(`${who}: every record allowed, or none`);
  }
  return wrong.sort();
}

test("every page and route found in app/ says how it is filled and who sees it", () => {
  const found = routes.map((route) => route.pattern);
  expect(found.length).toBeGreaterThan(60);
  expect(found.filter((pattern) => !ROUTES[pattern])).toEqual([]);
  expect(Object.keys(ROUTES).filter((pattern) => !found.includes(pattern))).toEqual([]);
  // Every record kind the routes name has a demo record in at least two places, one of them refused to someone.
  for (const kind of new Set(Object.values(ROUTES).flatMap((entry) => (entry.kind ? [entry.kind] : [])))) {
    expect(world.records.filter((record) => record.kind === kind).length, kind).toBeGreaterThan(0);
  }
  expect(USERNAMES.filter((name) => !world.accounts.has(name))).toEqual([]);
});

test("signed out, every page sends to the sign-in page and every API route refuses", async ({ request }) => {
  expect(await walk(request, null, "")).toEqual([]);
});

for (const username of USERNAMES) {
  test(`${username} gets from every page and route what the policy allows, and nothing else`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await login(page, username);
    const request = page.context().request;
    const viewer = viewerOf(username);
    // The shell of a page the account cannot reach: names it shows anyway (its own unit, its own name).
    const shell = await (await request.get(`/kegiatan/${NOBODY}`, { maxRedirects: 0 })).text();
    expect(await walk(request, viewer, shell)).toEqual([]);
  });
}
