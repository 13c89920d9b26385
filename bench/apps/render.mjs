// The certificates-only app that scenarios 5 (size) and 6 (browser cold start) build twice, once
// over this package and once over the official SDK: list every certificate with `for await` and
// render one table row each. Marks `window.__bench` with the times the page tests read.
const date = (s) => (s === undefined ? '' : new Date(s * 1000).toISOString().slice(0, 10));

/** Renders every certificate of `client` into the page's table body. */
export async function renderCertificates(client) {
  const bench = (window.__bench = { firstRow: null, firstRowPaint: null, done: null, rows: 0, error: null });
  const tbody = document.querySelector('tbody');
  try {
    for await (const c of client.admin.organization.certificates.list()) {
      const tr = document.createElement('tr');
      for (const text of [c.name ?? '(unnamed)', c.id, c.active ? 'active' : '', date(c.certificate_details?.expires_at)]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      tbody.append(tr);
      if (bench.rows++ === 0) {
        bench.firstRow = performance.now();
        // The frame that shows the row: rAF runs before that frame's paint, the task after it once
        // the frame is out.
        requestAnimationFrame(() => setTimeout(() => (bench.firstRowPaint = performance.now())));
      }
    }
  } catch (err) {
    bench.error = String(err?.stack ?? err);
  }
  bench.done = performance.now();
}
