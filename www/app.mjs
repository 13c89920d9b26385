// The demo page: streams the organization's certificates into the table as pages arrive.
// Against the demo server the mock API is on this same origin and needs no key.
import OpenAI from '/pkg/dist/browser.mjs';

const status = document.getElementById('status');
const body = document.querySelector('#certificates tbody');
const date = (seconds) => (seconds === undefined ? '—' : new Date(seconds * 1000).toISOString().slice(0, 10));

function row(certificate) {
  const tr = document.createElement('tr');
  tr.dataset.id = certificate.id;
  const cells = [
    certificate.name ?? '(unnamed)',
    certificate.id,
    certificate.active ? 'yes' : 'no',
    date(certificate.created_at),
    date(certificate.certificate_details.expires_at),
  ];
  for (const text of cells) {
    const td = document.createElement('td');
    td.textContent = text; // server strings are untrusted: text, never HTML
    tr.append(td);
  }
  return tr;
}

async function load() {
  const client = new OpenAI({ adminAPIKey: null, baseURL: new URL('/v1', location.origin).href });
  let count = 0;
  for await (const certificate of client.admin.organization.certificates.list({ limit: 100 })) {
    body.append(row(certificate));
    status.textContent = `Loaded ${++count} certificates…`;
  }
  status.textContent = `${count} certificates`;
  document.body.dataset.state = 'done';
}

load().catch((error) => {
  status.className = 'error';
  status.textContent = `${error.name}: ${error.message}${error.requestID ? ` (request ${error.requestID})` : ''}`;
  document.body.dataset.state = 'error';
});
