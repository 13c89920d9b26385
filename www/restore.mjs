// Restoring a deleted certificate from the PEM its `certificate.deleted` audit event carries: the
// PEM goes through the upload rules (an error refuses it with no request), the admin confirms with
// what it says, then it is uploaded again under its name. It gets a new id and is not activated.
import { confirmDialog } from './dialogs.mjs';
import { describeError } from './errors.mjs';
import { errorsView, inspectionView, inspectWithWarnings, precheck, warningsView } from './upload.mjs';
import { refusalText } from './warnings.mjs';
import { visibleControls } from './dom.mjs';

/**
 * `inspect` is inspectCertificate, `create(params)` uploads, `dialog` is the confirm dialog,
 * `onRestored(certificate, info)` adds it to the list, `say(text)` announces, `onError(context,
 * error)` shows an API error. Returns `restore(event)`.
 */
export function createRestore({ inspect, create, duplicatesOf, dialog, onRestored, say, onError, now }) {
  return async function restore(event) {
    const { certificate: pem = '', name = '' } = event['certificate.deleted'] ?? {};
    const label = name ? `"${visibleControls(name)}"` : 'the deleted certificate';
    const title = `Restore ${label}?`;
    const local = precheck(pem);
    if (local) {
      await confirmDialog(dialog, { title, message: `It cannot be restored: ${local}`, refused: true });
      return say('Nothing was restored.');
    }
    let found;
    try {
      found = await inspectWithWarnings(inspect, pem, duplicatesOf, now());
    } catch (error) {
      await confirmDialog(dialog, { title, message: `Its PEM is not a readable certificate: ${describeError(error).message}`, refused: true });
      return say('Nothing was restored.');
    }
    const { info, errors, warnings } = found;
    if (errors.length) {
      await confirmDialog(dialog, { title, message: refusalText(errors, 'Upload a renewed certificate instead.'), details: [errorsView(errors), inspectionView(info, now())], refused: true });
      return say('Nothing was restored.');
    }
    const ok = await confirmDialog(dialog, {
      title,
      message: `Its PEM, kept in the audit log when it was deleted, is uploaded again${name ? ' under its name' : ''}. It gets a new id and is not activated anywhere.`,
      details: [warningsView(warnings), inspectionView(info, now())],
      confirmLabel: 'Restore',
    });
    if (!ok) return say('Nothing was restored.');
    say(`Restoring ${label}…`);
    try {
      const certificate = await create(name ? { certificate: pem, name } : { certificate: pem });
      onRestored(certificate, info);
      say(`Restored ${label} as ${certificate.id}; it is not active anywhere.`);
    } catch (error) {
      onError(`Restoring ${label}`, error);
    }
  };
}
