// A change's impact (certificateImpact's result) in words an admin reads at a glance: the console's
// confirmations and the command line's activate, deactivate and delete. Pure; `ends` says whether
// to ask a second time.

/** `['A']` → `A`; `['A', 'B']` → `A and B`; `['A', 'B', 'C']` → `A, B and C`. */
export function listInWords(names) {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const label = (project) => project.name || project.id;

/** `{ lines, ends }`: one sentence per effect, and whether enforcement ends anywhere. */
export function impactInWords(impact) {
  const lines = [];
  if (impact.refused) {
    for (const use of impact.in_use) {
      const where = [...(use.organization ? ['the organization'] : []), ...use.projects.map(label)];
      lines.push(`${use.certificate_id} is still active in ${listInWords(where)}: the delete would be refused. Deactivate it there first.`);
    }
    return { lines, ends: false };
  }
  const stop = impact.stop_requiring.map(label);
  if (stop.length) {
    lines.push(`After this, ${listInWords(stop)} no longer ${stop.length === 1 ? 'requires' : 'require'} client certificates.`);
  }
  const back = impact.fall_back.map(label);
  if (back.length) {
    lines.push(`${listInWords(back)} ${back.length === 1 ? 'falls' : 'fall'} back to the organization's certificates.`);
  }
  if (impact.organization_left_with_none) lines.push('The organization is left with no active certificate.');
  const start = impact.start_requiring.map(label);
  if (start.length) {
    lines.push(`${listInWords(start)} will require client certificates.`);
  }
  if (impact.changes_nothing) lines.push('This changes no enforcement anywhere.');
  else if (!lines.length) lines.push('Every scope keeps requiring client certificates; only the set it accepts changes.');
  return { lines, ends: impact.ends_enforcement };
}
