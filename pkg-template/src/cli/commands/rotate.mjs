// `rotate`: replaces a certificate by a new one in every scope where it is active, in the safe
// order: pre-flight the new one, upload it (unless an earlier run did: matched by fingerprint),
// activate it wherever the old one is active, only then deactivate the old one there, and with
// --delete-old delete it. Without --yes it prints the plan and writes nothing. Run again after a
// failure, it skips what is done.
import { connect } from '../connection.mjs';
import { Refused } from '../failure.mjs';
import { json } from '../output.mjs';
import { readInput } from '../input.mjs';
import { preflight } from '../preflight.mjs';
import { enforcement, placeName } from '../enforcement.mjs';
import { inspectCertificate } from '../../node.mjs';

/** The id of a certificate already uploaded with this fingerprint and name, or null. */
async function uploadedCopy(certificates, listed, { fingerprint, name, except }) {
  for (const candidate of listed.filter((c) => c.id !== except && (c.name ?? '') === (name ?? ''))) {
    const full = await certificates.retrieve(candidate.id, { include: ['content'] });
    const content = full.certificate_details?.content;
    if (content && (await inspectCertificate(content)).fingerprint_sha256 === fingerprint) return candidate.id;
  }
  return null;
}

export default {
  name: 'rotate',
  usage: 'rotate OLD_ID NEW.pem [--name NAME] [--delete-old] [--yes]',
  summary: 'replace a certificate by a new one wherever it is active, in the safe order',
  details:
    'Upload, activate the new one where the old one is active, then deactivate the old one there (never before), ' +
    'then delete it with --delete-old. Without --yes it prints the plan and writes nothing; run again after a failure, it resumes.',
  options: {
    name: { type: 'string', value: 'NAME', help: "the new certificate's name (default: the old one's)" },
    'delete-old': { type: 'boolean', help: 'delete the old certificate at the end' },
    yes: { type: 'boolean', short: 'y', help: 'carry the plan out' },
  },
  positionals: [2, 2],
  example: 'openai-admin-certificates rotate cert_abc123 new-ca.pem --delete-old --yes',
  connects: true,
  async run({ values, positionals: [oldId, file] }) {
    const organization = connect(values).admin.organization;
    const certificates = organization.certificates;
    const pem = await readInput(file);
    const { info, problems } = await preflight(pem);
    if (problems.length) throw new Refused(`not rotated: ${problems.join('; ')}`);
    const old = await certificates.retrieve(oldId);
    const name = values.name ?? old.name ?? undefined;
    const state = await enforcement(organization);
    const places = state.activeIn(oldId);
    const existing = await uploadedCopy(certificates, state.certificates, { fingerprint: info.fingerprint_sha256, name, except: oldId });
    const newActiveIn = existing ? state.activeIn(existing) : [];
    const isActive = (id, place, list) => list.some((p) => p.scope === place.scope && p.id === place.id);

    const plan = [
      existing ? `use ${existing}, uploaded earlier with the same fingerprint` : `upload ${file} as '${name ?? ''}'`,
      ...places.map((p) => `${isActive(existing, p, newActiveIn) ? '(done) ' : ''}activate the new certificate in ${placeName(p)}`),
      ...places.map((p) => `deactivate ${oldId} in ${placeName(p)}`),
      ...(values['delete-old'] ? [`delete ${oldId}`] : []),
    ];
    if (!places.length) plan.push(`(${oldId} is active nowhere: nothing to activate or deactivate)`);
    if (!values.yes) {
      process.stdout.write(`plan (nothing written; pass --yes to carry it out):\n${plan.map((s, i) => `${i + 1}. ${s}\n`).join('')}`);
      return;
    }
    const step = (text) => process.stderr.write(`${text}\n`);
    let newId = existing;
    if (!newId) {
      newId = (await certificates.create(name === undefined ? { certificate: pem } : { certificate: pem, name })).id;
      step(`uploaded ${newId}`);
    }
    const toggle = (action, id, place) =>
      place.scope === 'organization'
        ? certificates[action]({ certificate_ids: [id] })
        : organization.projects.certificates[action](place.id, { certificate_ids: [id] });
    for (const place of places) {
      if (isActive(newId, place, newActiveIn)) continue;
      await toggle('activate', newId, place);
      step(`activated ${newId} in ${placeName(place)}`);
    }
    // Only now, with the new one active everywhere the old one is: the old one goes.
    for (const place of places) {
      await toggle('deactivate', oldId, place);
      step(`deactivated ${oldId} in ${placeName(place)}`);
    }
    if (values['delete-old']) {
      await certificates.delete(oldId);
      step(`deleted ${oldId}`);
    }
    process.stdout.write(json({ old: oldId, new: newId, scopes: places, deleted_old: Boolean(values['delete-old']) }));
  },
};
