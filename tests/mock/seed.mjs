// Deterministic seed data: the same options always give the same ids, names and flags, so
// tests (and screenshots) are reproducible. Only the timestamps follow the `now` they are given.

const DAY = 86400;

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). Math.random is avoided on purpose. */
export function createRng(seed = 0x5eed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [lo, hi] from `rng`. */
export function randInt(rng, lo, hi) {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** `cert_` + 24 lowercase hex chars drawn from `rng`, avoiding ids in `taken`. */
export function newCertId(rng, taken) {
  for (;;) {
    let hex = '';
    for (let i = 0; i < 3; i++) hex += Math.floor(rng() * 0x100000000).toString(16).padStart(8, '0');
    const id = 'cert_' + hex;
    if (!taken.has(id)) return id;
  }
}

const PREFIXES = ['Production', 'Staging', 'Partner', 'Internal', 'Legacy', 'Backup', 'EU', 'US'];

// Index-based special names so even small seeds contain the cases UI tests care about.
function nameFor(i, rng) {
  if (i === 2) return '<img src=x onerror=alert(1)>';
  if (i === 4) return 'Zürich – mutual TLS “root” 🔐';
  if (i === 6) return 'A very long certificate name '.repeat(4).trim();
  if (i % 7 === 5) return null;
  return `${PREFIXES[randInt(rng, 0, PREFIXES.length - 1)]} CA ${String(i + 1).padStart(3, '0')}`;
}

// Validity relative to now, cycling so every kind appears even with count 5:
// valid, expired, expiring within 30 days, valid, not yet valid.
function validityFor(i, rng, now) {
  switch (i % 5) {
    case 1: {
      const expires = now - randInt(rng, 1, 300) * DAY - randInt(rng, 0, DAY);
      return { valid_at: expires - randInt(rng, 365, 1100) * DAY, expires_at: expires };
    }
    case 2:
      return {
        valid_at: now - randInt(rng, 100, 700) * DAY,
        expires_at: now + randInt(rng, 3600, 29 * DAY),
      };
    case 4: {
      const from = now + randInt(rng, 1, 60) * DAY + randInt(rng, 0, DAY);
      return { valid_at: from, expires_at: from + 365 * DAY };
    }
    default:
      return {
        valid_at: now - randInt(rng, 30, 700) * DAY,
        expires_at: now + randInt(rng, 60, 1000) * DAY,
      };
  }
}

/**
 * Builds `count` certificate records, newest first: index 0 has the largest created_at, and every
 * created_at is distinct (i * 2h plus under 1h of jitter). About 1 in 5 is active at org level.
 * Returns `{ records, orgActive: string[] }`; records are `{id, name, created_at, valid_at,
 * expires_at, content}`.
 */
export function seedCertificates({ count = 250, now = Math.floor(Date.now() / 1000), rng, content }) {
  const taken = new Set();
  const records = [];
  const orgActive = [];
  for (let i = 0; i < count; i++) {
    const id = newCertId(rng, taken);
    taken.add(id);
    const created_at = now - 600 - i * 7200 - randInt(rng, 0, 3599);
    records.push({ id, name: nameFor(i, rng), created_at, ...validityFor(i, rng, now), content });
    if (rng() < 0.2) orgActive.push(id);
  }
  return { records, orgActive };
}

/**
 * Resolves the `projects` option into `{ projectId: [ids] }`. Each value is either an array of
 * existing certificate ids, or a number n meaning "n seeded certificates, every 3rd from index 1"
 * (deterministic and spread across pages).
 */
export function resolveProjects(projects, records) {
  const out = {};
  for (const [projectId, spec] of Object.entries(projects || {})) {
    if (typeof spec === 'number') {
      const ids = [];
      for (let i = 1; i < records.length && ids.length < spec; i += 3) ids.push(records[i].id);
      out[projectId] = ids;
    } else if (Array.isArray(spec)) {
      const known = new Set(records.map((r) => r.id));
      for (const id of spec) {
        if (!known.has(id)) throw new Error(`projects.${projectId}: unknown certificate id ${id}`);
      }
      out[projectId] = [...spec];
    } else {
      throw new Error(`projects.${projectId} must be a number or an array of certificate ids`);
    }
  }
  return out;
}

// The organization's seeded projects, in the order a small `projectCount` keeps them: the two that
// tests and the console name most, an archived one, one whose name is markup, the default project.
// Fixed, readable ids (no PRNG draw, so certificate ids stay what they were); `daysAgo` orders them.
const NAMED_PROJECTS = [
  { id: 'proj_billing', name: 'Billing', daysAgo: 400 },
  { id: 'proj_search', name: 'Search', daysAgo: 250 },
  { id: 'proj_legacy', name: 'Legacy importer', daysAgo: 700, archivedDaysAgo: 30 },
  { id: 'proj_hostile', name: '<script>alert("project")</script> & "Co"', daysAgo: 20 },
  { id: 'proj_default', name: 'Default project', daysAgo: 900 },
];

/**
 * Builds `count` project records `{id, name, created_at, archived_at, status}`: the named ones
 * above, then `proj_team_006` ("Team 006"), ... created a minute apart from 15 days ago on.
 */
export function seedProjects({ count = NAMED_PROJECTS.length, now }) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const named = NAMED_PROJECTS[i];
    if (!named) {
      const n = String(i + 1).padStart(3, '0');
      out.push(namedProject(`proj_team_${n}`, `Team ${n}`, now - 15 * DAY + i * 60));
      continue;
    }
    const rec = namedProject(named.id, named.name, now - named.daysAgo * DAY);
    if (named.archivedDaysAgo !== undefined) Object.assign(rec, { archived_at: now - named.archivedDaysAgo * DAY, status: 'archived' });
    out.push(rec);
  }
  return out;
}

/** An active project record. */
function namedProject(id, name, created_at) {
  return { id, name, created_at, archived_at: null, status: 'active' };
}

/** The record of a project that only the `projects` option or an activation brought into being. */
export function projectNamedAfterId(id, created_at) {
  return namedProject(id, `Project ${id}`, created_at);
}
