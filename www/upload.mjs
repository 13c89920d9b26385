// Upload: paste PEM text or pick a file; the page first shows what inspectCertificate read
// (subject, issuer, validity, fingerprint). A certificate breaking one of OpenAI's upload rules
// (expired, expiring within a day, not a CA, over 16 KB) is refused with no request; warnings (key
// usage, key identifiers, a bundle, not yet valid, already uploaded: warnings.mjs) come first and
// leave the upload possible. Non-PEM or oversize input is refused before it is even inspected.
import { bidi, el, timeEl } from './dom.mjs';
import { describeError } from './errors.mjs';
import { validityInWords, validityStatus } from './status.mjs';
import { normalizeInspection, refusalText, uploadErrors, uploadWarnings } from './warnings.mjs';

/** The API's limit: certificates must be under 16 KB. */
export const MAX_PEM_BYTES = 16 * 1024;

/** Why `text` cannot be uploaded, checked locally before anything else; null if it may be. */
export function precheck(text) {
  if (!text.trim()) return 'Paste a PEM certificate or pick a file first.';
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PEM_BYTES) {
    return `Too large: ${(bytes / 1024).toFixed(1)} KB. Certificates must be under 16 KB (16,384 bytes).`;
  }
  // Finer PEM problems (a private key block, two certificates, broken base64) are for inspectCertificate.
  if (!text.includes('-----BEGIN ')) return 'Not PEM: expected a "-----BEGIN CERTIFICATE-----" block.';
  return null;
}

/** What an inspection says, as a definition list (also used by the detail view and Replace). */
export function inspectionView(info, now) {
  const dates = { valid_at: info.valid_at, expires_at: info.expires_at };
  const status = validityStatus(dates, now);
  const row = (term, ...value) => [el('dt', {}, term), el('dd', {}, ...value)];
  return el('dl', { class: 'fields' },
    row('Subject', bidi(info.subject ?? '—')),
    row('Issuer', bidi(info.issuer ?? '—')),
    row('Validity', validityInWords(dates, now)),
    row('Serial number', el('code', {}, info.serial_number ?? '—')),
    row('Valid from', timeEl(dates.valid_at, { full: true })),
    row('Expires', timeEl(dates.expires_at, { full: true }), ' ', el('span', { class: `badge ${status.kind}` }, status.label)),
    row('CA certificate', info.is_ca ? 'yes' : 'no'),
    row('SHA-256 fingerprint', el('code', { class: 'fingerprint' }, info.fingerprint_sha256 ?? '—')));
}

/** The warnings as a list (empty: nothing). */
export function warningsView(warnings) {
  if (!warnings.length) return '';
  return el('ul', { class: 'upload-warnings', 'aria-label': 'Warnings' },
    warnings.map((w) => el('li', { class: `warn-${w.kind}`, dataset: { warning: w.kind } }, w.text)));
}

/** The broken rules that refuse an upload, as a list (empty: nothing). */
export function errorsView(errors) {
  if (!errors.length) return '';
  return el('ul', { class: 'upload-errors', 'aria-label': 'Why it cannot be uploaded' },
    errors.map((e) => el('li', { dataset: { rule: e.kind } }, e.text)));
}

/**
 * Inspects `pem` as of `now`: `{ info, errors, warnings }` or throws. `duplicatesOf(info)` finds
 * listed certificates with its fingerprint (not asked when an error refuses it anyway).
 */
export async function inspectWithWarnings(inspect, pem, duplicatesOf, now) {
  const info = normalizeInspection(await inspect(pem, { now }));
  const errors = uploadErrors(info);
  const duplicates = errors.length ? [] : await duplicatesOf(info).catch(() => []);
  return { info, errors, warnings: uploadWarnings(info, now, duplicates) };
}

/**
 * Wires the upload section. `inspect(pem)` is the package's inspectCertificate (undefined when the
 * package lacks it); `create(params)` uploads; `onUploaded(cert)` adds the result to the list;
 * `onError(context, error)` shows API errors.
 */
export function createUpload({ root, inspect, create, duplicatesOf, onUploaded, onError, now }) {
  const text = root.querySelector('#pem-text');
  const file = root.querySelector('#pem-file');
  const name = root.querySelector('#pem-name');
  const inspectButton = root.querySelector('#pem-inspect');
  const uploadButton = root.querySelector('#pem-upload');
  const result = root.querySelector('#pem-inspection');
  const message = root.querySelector('#pem-message');
  let inspected = null; // the exact text the shown inspection is about
  let inspectedInfo = null;
  let autoName = ''; // the name last filled in from a file name (a typed name is kept)

  function say(kind, words) {
    message.className = `message ${kind}`;
    message.textContent = words;
  }
  function reset() {
    inspected = null;
    uploadButton.disabled = true;
    uploadButton.textContent = 'Upload';
    result.replaceChildren();
    root.dataset.inspection = '';
  }

  async function runInspection() {
    reset();
    const pem = text.value;
    const refusal = precheck(pem);
    if (refusal) {
      root.dataset.inspection = 'refused';
      return say('error', refusal);
    }
    if (typeof inspect !== 'function') {
      root.dataset.inspection = 'error';
      return say('error', 'This build of the package has no inspectCertificate, so the certificate cannot be checked before upload.');
    }
    say('info', 'Inspecting…');
    try {
      const { info, errors, warnings } = await inspectWithWarnings(inspect, pem, duplicatesOf, now());
      if (text.value !== pem) return; // edited meanwhile: that text needs its own inspection
      result.replaceChildren(errorsView(errors), warningsView(warnings), el('h3', {}, 'What the certificate says'), inspectionView(info, now()));
      if (errors.length) {
        // No "Upload anyway": the API would refuse it, so nothing is sent.
        root.dataset.inspection = 'refused';
        return say('error', refusalText(errors));
      }
      inspected = pem;
      inspectedInfo = info;
      uploadButton.disabled = false;
      uploadButton.textContent = warnings.length ? 'Upload anyway' : 'Upload';
      root.dataset.inspection = warnings.length ? 'warn' : 'ok';
      if (warnings.length) say('warn', `Read correctly, with ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}: check them before uploading.`);
      else say('ok', 'Read correctly. Check the details, then upload.');
    } catch (error) {
      root.dataset.inspection = 'error';
      say('error', `Not a readable certificate: ${describeError(error).message}`);
    }
  }

  text.addEventListener('input', () => {
    reset();
    say('info', 'Press Inspect to check the certificate before uploading.');
  });
  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (!picked) return;
    reset();
    // Refuse big files before reading them into the page at all.
    if (picked.size > MAX_PEM_BYTES) {
      text.value = '';
      return say('error', `Too large: ${picked.name} is ${(picked.size / 1024).toFixed(1)} KB. Certificates must be under 16 KB (16,384 bytes).`);
    }
    text.value = await picked.text();
    if (!name.value || name.value === autoName) name.value = autoName = picked.name.replace(/\.(pem|crt|cer)$/i, '');
    await runInspection();
  });
  inspectButton.addEventListener('click', runInspection);
  uploadButton.addEventListener('click', async () => {
    if (inspected === null || text.value !== inspected) return runInspection();
    const params = { certificate: inspected };
    if (name.value.trim()) params.name = name.value.trim();
    uploadButton.disabled = true;
    say('info', 'Uploading…');
    try {
      const certificate = await create(params);
      onUploaded(certificate, inspectedInfo);
      say('ok', `Uploaded "${certificate.name ?? '(unnamed)'}" as ${certificate.id}.`);
      text.value = '';
      name.value = '';
      file.value = '';
      result.replaceChildren();
      inspected = null;
      root.dataset.inspection = 'uploaded';
    } catch (error) {
      uploadButton.disabled = false;
      say('error', `Upload refused: ${describeError(error).message}`);
      onError('Uploading the certificate', error);
    }
  });
  reset();
}
