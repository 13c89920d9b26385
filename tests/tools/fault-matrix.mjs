// The faults a retry gets past, shared by the Node (tests/package) and Chromium (tests/page) fault
// matrices: injected on page 2, each must still yield every certificate exactly once.

/** A retry header short enough to keep the suites fast. */
export const quick = { 'retry-after-ms': '5' };

/** What a proxy in front of the API answers when it fails. */
export const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';

/** [name, mock fault] pairs; see tests/mock/README.md for the fault fields. */
export const recoverable = [
  ['429 with retry-after-ms', { status: 429, headers: quick }],
  ['429 with retry-after in seconds', { status: 429, headers: { 'retry-after': '0' } }],
  ['500 with a JSON body', { status: 500, headers: quick }],
  ['502 with an HTML body', { status: 502, bodyText: html, contentType: 'text/html', headers: quick }],
  ['503', { status: 503, headers: quick }],
  ['504', { status: 504, headers: quick }],
  ['408', { status: 408, headers: quick }],
  ['a connection reset mid-body', { reset: true }],
  ['truncated JSON', { truncate: true }],
  ['a 200 with the wrong content type and an HTML body', { status: 200, bodyText: html, contentType: 'text/html' }],
];
