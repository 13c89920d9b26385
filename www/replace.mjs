// Replace, a guided flow per certificate: the new certificate is pasted or picked and inspected
// (with the upload warnings), uploaded, activated in the same scopes as the old one (the
// organization and each project where it is active), then the old one is deactivated there and
// deleted. Each step shows its state; a failed step is retried alone, the ones before stay done.
import { bidi } from './dom.mjs';
import { describeError, errorDetails } from './errors.mjs';
import { errorsView, precheck, inspectionView, inspectWithWarnings, warningsView } from './upload.mjs';
import { projectLabel } from './projects.mjs';
import { refusalText } from './warnings.mjs';

const STEPS = ['inspect', 'upload', 'activate', 'deactivate', 'delete'];

/**
 * Wires `dialog`. `api()` is `client.admin.organization`; `inspect` the package's
 * inspectCertificate; `listed(id)` the listed item; `duplicatesOf(info)`; `onChange(event)` tells
 * the page what changed (`{ uploaded }`, `{ activated, scope }`, `{ deactivated, scope }`,
 * `{ deleted }`). Returns `open(id)`.
 */
export function createReplace(dialog, { api, inspect, listed, duplicatesOf, onChange, onClosed, now }) {
  const q = (s) => dialog.querySelector(s);
  const title = q('.dialog-title');
  const scopeLine = q('.replace-scope');
  const text = q('#replace-pem');
  const file = q('#replace-file');
  const name = q('#replace-name');
  const inspectButton = q('#replace-inspect');
  const inspection = q('.replace-inspection');
  const runButton = q('#replace-run');
  const status = q('#replace-status');
  const step = (s) => q(`li[data-step="${s}"]`);
  let job = null;

  function setStep(s, state, note) {
    const li = step(s);
    li.dataset.state = state;
    li.querySelector('.step-state').textContent = { pending: 'to do', running: 'running…', done: 'done', failed: 'failed', skipped: 'not needed' }[state];
    li.querySelector('.step-note').replaceChildren(note ?? '');
  }

  function describeScopes(scope) {
    const where = [scope.org ? 'the organization' : null, ...scope.projects.map(projectLabel)].filter(Boolean);
    return where.length ? where.join(', ') : 'nowhere (it is not active)';
  }

  async function open(id) {
    const old = listed(id);
    job = { id, old, scope: null, pem: null, info: null, created: null, next: 0, doneScopes: { activate: new Set(), deactivate: new Set() } };
    const mine = job;
    title.replaceChildren('Replace ', old?.name ? bidi(old.name) : id);
    text.value = '';
    file.value = '';
    name.value = old?.name ?? '';
    inspection.replaceChildren();
    for (const s of STEPS) setStep(s, 'pending');
    runButton.disabled = true;
    runButton.textContent = 'Start replacement';
    status.textContent = '';
    scopeLine.textContent = 'Finding where it is active…';
    dialog.dataset.state = 'scoping';
    if (!dialog.open) dialog.showModal();
    text.focus();
    try {
      const projects = await api().certificates.activeProjects(id);
      if (mine !== job) return;
      job.scope = { org: Boolean(old?.active), projects };
      scopeLine.textContent = `Active in ${describeScopes(job.scope)}: the new certificate is activated there before the old one is deactivated there and deleted.`;
      step('activate').querySelector('.step-label').textContent = `Activate the new one in ${describeScopes(job.scope)}`;
      step('deactivate').querySelector('.step-label').textContent = `Deactivate the old one in ${describeScopes(job.scope)}`;
      dialog.dataset.state = 'ready';
    } catch (error) {
      if (mine !== job) return;
      scopeLine.replaceChildren('Could not find where it is active, so nothing can be replaced safely. Close and try again. ', errorDetails(error));
      dialog.dataset.state = 'error';
    }
  }

  async function runInspection() {
    if (!job || job.next > 0) return; // the new certificate is fixed once uploaded
    runButton.disabled = true;
    const pem = text.value;
    const refusal = precheck(pem);
    if (refusal) return setStep('inspect', 'failed', refusal);
    setStep('inspect', 'running');
    try {
      const { info, errors, warnings } = await inspectWithWarnings(inspect, pem, duplicatesOf, now());
      if (text.value !== pem) return;
      if (errors.length) {
        inspection.replaceChildren(errorsView(errors), inspectionView(info, now()));
        return setStep('inspect', 'failed', refusalText(errors));
      }
      job.pem = pem;
      job.info = info;
      inspection.replaceChildren(warningsView(warnings), inspectionView(info, now()));
      setStep('inspect', 'done', warnings.length ? `${warnings.length} warning${warnings.length === 1 ? '' : 's'}: read them before going on.` : 'Read correctly.');
      runButton.disabled = !job.scope;
      runButton.textContent = warnings.length ? 'Start replacement anyway' : 'Start replacement';
    } catch (error) {
      setStep('inspect', 'failed', `Not a readable certificate: ${describeError(error).message}`);
    }
  }

  // Each scope of a step is remembered once done, so a retry does not call it again.
  async function inScopes(kind, certificateID) {
    const certs = api().certificates;
    const projects = api().projects.certificates;
    const targets = [...(job.scope.org ? ['org'] : []), ...job.scope.projects.map((p) => p.id)];
    for (const target of targets) {
      if (job.doneScopes[kind].has(target)) continue;
      if (target === 'org') await certs[kind]({ certificate_ids: [certificateID] });
      else await projects[kind](target, { certificate_ids: [certificateID] });
      job.doneScopes[kind].add(target);
      onChange({ [kind === 'activate' ? 'activated' : 'deactivated']: certificateID, scope: target });
    }
    return targets.length;
  }

  const actions = {
    upload: async () => {
      const params = { certificate: job.pem };
      if (name.value.trim()) params.name = name.value.trim();
      job.created = await api().certificates.create(params);
      onChange({ uploaded: job.created, info: job.info });
      return `Uploaded as ${job.created.id}.`;
    },
    activate: async () => ((await inScopes('activate', job.created.id)) ? `Active in ${describeScopes(job.scope)}.` : null),
    deactivate: async () => ((await inScopes('deactivate', job.id)) ? `Deactivated in ${describeScopes(job.scope)}.` : null),
    delete: async () => {
      await api().certificates.delete(job.id);
      onChange({ deleted: job.id });
      return 'Deleted.';
    },
  };

  async function run() {
    if (!job?.info || !job.scope) return;
    runButton.disabled = true;
    text.readOnly = name.readOnly = true;
    inspectButton.disabled = file.disabled = true;
    dialog.dataset.state = 'running';
    for (let i = Math.max(job.next, 1); i < STEPS.length; i++) {
      const s = STEPS[i];
      setStep(s, 'running');
      status.textContent = `Step ${i + 1} of ${STEPS.length}…`;
      try {
        const note = await actions[s]();
        setStep(s, note === null ? 'skipped' : 'done', note);
        job.next = i + 1;
      } catch (error) {
        setStep(s, 'failed', errorDetails(error));
        job.next = i;
        status.textContent = `Step ${i + 1} failed; the steps before it stay done. Retry it when ready.`;
        runButton.textContent = `Retry step ${i + 1}`;
        runButton.disabled = false;
        dialog.dataset.state = 'failed';
        runButton.focus();
        return;
      }
    }
    status.textContent = `Replaced: ${job.created.id} is in use, the old certificate is deleted.`;
    runButton.textContent = 'Done';
    dialog.dataset.state = 'done';
    q('button[data-close]').focus();
  }

  dialog.addEventListener('close', () => {
    text.readOnly = name.readOnly = false;
    inspectButton.disabled = file.disabled = false;
    onClosed?.({ oldID: job?.id, newID: job?.created?.id ?? null });
  });
  text.addEventListener('input', () => {
    if (job && job.next === 0) {
      job.info = null;
      runButton.disabled = true;
      setStep('inspect', 'pending');
    }
  });
  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (!picked || job?.next > 0) return;
    text.value = await picked.text();
    await runInspection();
  });
  inspectButton.addEventListener('click', runInspection);
  runButton.addEventListener('click', run);
  return open;
}
