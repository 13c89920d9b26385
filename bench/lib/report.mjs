// Renders one run's results as bench/RESULTS.md (also printed): machine, targets, then one
// section per scenario with medians, ratios and the individual runs.
const KB = 1024;
const ms = (v) => (v == null || Number.isNaN(v) ? 'n/a' : v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
const x = (v) => (v == null || Number.isNaN(v) ? 'n/a' : `${v.toFixed(2)}×`);
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
const mb = (b) => `${b < 0 ? '−' : ''}${(Math.abs(b) / 2 ** 20).toFixed(2)} MB`;
const signed = (b) => (b < 0 ? mb(b) : `+${mb(b)}`);
const int = (v) => Math.round(v).toLocaleString('en-US');
const met = (t) => (t?.met === true ? '**yes**' : t?.met === false ? '**no**' : '—');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const list = (values, f = ms) => values.map((v) => f(v)).join(', ');

export function renderReport({ started, machine, runs, results: r, errors, partial }) {
  const out = [];
  const push = (...lines) => out.push(...lines, '');
  push(
    '# Benchmark results',
    `Written by \`make bench\` (\`bench/run.mjs\`) from its run of ${started.toISOString()}; never edited by hand.` +
      ` Every number is a median of ${runs} runs${runs < 5 ? ' (**fewer than the 5 the benchmarks call for**)' : ''}` +
      ' taken in this one run on this one machine, clients interleaved run by run; ratios compare numbers of this run only.' +
      (partial ? ' **Partial run (BENCH_ONLY)**: scenarios not run are absent.' : ''),
  );
  push('## Machine', table(['', ''], [
    ['CPU', `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB`],
    ['OS', machine.os],
    ['Node', machine.node],
    ['Chromium', machine.chromium],
    ['load average (1, 5, 15 min)', `${machine.loadStart} at the start, ${machine.loadEnd} at the end`],
    ['this package', machine.ours],
    ['official SDK', machine.official],
    ['esbuild', machine.esbuild],
    ['total time', `${machine.totalSeconds.toFixed(0)} s`],
  ]));
  push('## Targets', table(['#', 'scenario', 'target', 'measured', 'met'], targetRows(r, errors)));
  for (const [name, text] of Object.entries(errors)) push(`**${name} failed:**`, '```', text.slice(0, 2000), '```');
  if (r.throughput) push(...throughput(r.throughput));
  if (r.latency) push(...latency(r.latency));
  if (r.realsize) push(...realsize(r.realsize));
  if (r.memory) push(...memory(r.memory));
  if (r.size) push(...size(r.size));
  if (r['coldstart-node'] || r['coldstart-browser']) push(...coldstart(r['coldstart-node'], r['coldstart-browser']));
  if (r['console-scale']) push(...consoleScale(r['console-scale']));
  if (r['mock-scale']) push(...mockScale(r['mock-scale']));
  return out.join('\n');
}

function targetRows(r, errors) {
  const row = (n, name, key, target, measured) =>
    errors[key] ? [n, name, target, 'failed (see below)', '**error**'] : r[key] ? [n, name, target, measured(r[key]), met(r[key].target)] : null;
  return [
    row(1, `Throughput (${int(r.throughput?.certificates ?? 100000)} certificates)`, 'throughput', 'ours ≤ 1.05× the raw loop, < official',
      (t) => `ours ${x(t.ratio.ours)} raw, official ${x(t.ratio.official)} raw`),
    row(2, 'Latency-bound (20 ms + 20 ms a page)', 'latency', 'ours ≥ 1.8× faster than official',
      (t) => `ours ${x(t.speedup)} faster (${ms(t.ms.ours)} vs ${ms(t.ms.official)})`),
    row(3, 'Real-size listing (50, 30 ms)', 'realsize', 'reported',
      (t) => `requests: ours ${t.requests.ours}, official ${t.requests.official}; time: ours ${ms(t.ms.ours)}, official ${ms(t.ms.official)}`),
    row(4, `Memory (${int(r.memory?.certificates ?? 1e6)} certificates)`, 'memory', 'ours: growth < 16 MB, flat',
      (t) => `ours ${signed(t.byKind.ours.growth)}; 1,000→${int(t.pages)} pages ${t.byKind.ours.late == null ? "n/a" : signed(t.byKind.ours.late)}`),
    row(5, 'Size (gzip, bundle + wasm)', 'size', 'ours ≤ 60,000 B gzip',
      (t) => `ours ${int(t.byKind.ours.gzip)} B, official ${int(t.byKind.official.gzip)} B (${x(t.ratio.gzip)})`),
    row('6a', 'Cold start, Node', 'coldstart-node', 'reported',
      (t) => `ours ${ms(t.sinceStart.ours)}, official ${ms(t.sinceStart.official)} since process start`),
    row('6b', 'Cold start, Chromium', 'coldstart-browser', 'ours ≤ 1.1× official',
      (t) => `ours ${ms(t.firstRowPaint.ours)}, official ${ms(t.firstRowPaint.official)} to first row (${x(t.ratio)})`),
    row(7, 'Console, 10,000 certificates', 'console-scale', 'load < 5 s, no task > 100 ms, sort/filter < 200 ms',
      (t) => `load ${ms(t.loadMs)}, longest task ${ms(t.longestTaskMs)}, sort ${ms(t.sortMs)}, filter ${ms(t.filterMs)}, Stop ${ms(t.stopMs)}`),
  ].filter(Boolean);
}

function throughput(t) {
  return [
    `## 1. Throughput: ${int(t.certificates)} certificates, ${int(t.pages)} pages of 100, no latency`,
    `Source of the listing: ${t.source}. Timed after one warm-up request in the same fresh process.`,
    '',
    table(['client', 'median', 'certificates/s', '× raw', 'TCP connections', 'runs'], ['ours', 'official', 'raw'].map((k) => [
      k, ms(t.ms[k]), int(t.perSecond[k]), x(t.ms[k] / t.ms.raw), int(t.connects[k]), list(t.runs[k].map((v) => v.ms)),
    ])),
    '',
    ...(t.connects.raw > t.pages / 2
      ? [`Every client opened about one TCP connection a page: the mock answers \`keep-alive: ${t.keepAlive}\`, and Node's fetch (undici) does not reuse a connection whose keep-alive hint is within its 1-2 s safety margin. Each page here includes a connect, unlike against the real API.`, '']
      : []),
    `Target ours ≤ 1.05× raw and faster than official: ${met(t.target)} (${x(t.ratio.ours)}).`,
  ];
}

function latency(t) {
  return [
    `## 2. Latency-bound: ${t.pages} pages, mock +${t.latencyMs} ms a request, consumer ${t.workMs} ms a page`,
    `Source of the listing: ${t.source}. Floors: ${ms(t.sequentialFloorMs)} when each page is fetched after the consumer is done, ${ms(t.overlappedFloorMs)} when the next page is fetched while the consumer works.`,
    '',
    table(['client', 'median', 'requests', 'official ÷ client', 'runs'], ['ours', 'official', 'raw'].map((k) => [
      k, ms(t.ms[k]), t.requests[k], x(t.ms.official / t.ms[k]), list(t.runs[k].map((v) => v.ms)),
    ])),
    '',
    `Target ours ≥ 1.8× faster than official: ${met(t.target)} (${x(t.speedup)}).`,
  ];
}

function realsize(t) {
  return [
    `## 3. Real-size listing: ${t.count} certificates, no limit given, mock +${t.latencyMs} ms a request`,
    table(['client', 'requests (limit sent)', 'time to last certificate', 'runs'], ['ours', 'official'].map((k) => [
      k, `${t.requests[k]} (${t.limits[k]})`, ms(t.ms[k]), list(t.runs[k].map((v) => v.ms)),
    ])),
    '',
    `Official time ÷ ours: ${x(t.speedup)} ("-" = no limit parameter sent).`,
  ];
}

function memory(t) {
  const rows = [];
  for (const [kind, k] of Object.entries(t.byKind)) {
    const wasm = (b) => (kind === 'ours' ? mb(b) : '—');
    rows.push([kind, 'before', mb(k.base.heap), wasm(k.base.wasm), mb(k.base.rss)]);
    for (const c of k.at) rows.push([kind, `${int(c.pages)} pages`, mb(c.heap), wasm(c.wasm), mb(c.rss)]);
  }
  const growth = Object.entries(t.byKind).map(([kind, k]) =>
    `${kind}: ${signed(k.growth)} over the listing; ` + (k.late == null
      ? 'fewer than 1,001 pages, no flatness check'
      : `${signed(k.late)} from 1,000 to ${int(t.pages)} pages (${(k.late / k.lateSpanPages).toFixed(0)} bytes a page; heap ${signed(k.lateHeap)}, wasm ${signed(k.lateWasm)})`));
  return [
    `## 4. Memory: one listing of ${int(t.certificates)} certificates (${int(t.pages)} pages)`,
    `Source of the listing: ${t.source}. Heap = \`heapUsed\` after \`gc()\`; wasm = this package's wasm-bindgen instance's \`memory.buffer.byteLength\` (the official SDK has none; Node's own fetch parser is excluded); "before" = after one warm-up request.`,
    '',
    table(['client', 'when', 'JS heap', 'wasm memory', 'RSS'], rows),
    '',
    `Growth (heap + wasm): ${growth.join('; ')}.`,
    '',
    `Target ${t.target.text}: ${met(t.target)}.`,
  ];
}

function size(t) {
  const rows = [];
  for (const [kind, k] of Object.entries(t.byKind)) {
    for (const f of k.files) rows.push([kind, f.file, int(f.raw), int(f.gzip), int(f.brotli)]);
    rows.push([kind, '**total**', int(k.raw), `**${int(k.gzip)}** (${kb(k.gzip)})`, `**${int(k.brotli)}** (${kb(k.brotli)})`]);
  }
  const out = [
    '## 5. Size: the certificates-only app, esbuild (browser, ESM, minified) + the wasm the page loads',
    'Counted: the files the page fetched when loaded in Chromium (gzip level 9, brotli quality 11, node:zlib).',
    '',
    table(['app', 'file', 'bytes', 'gzip', 'brotli'], rows),
    '',
    `Ours ÷ official: ${x(t.ratio.gzip)} gzip, ${x(t.ratio.brotli)} brotli. Target ours ≤ 60,000 B gzip: ${met(t.target)}.`,
  ];
  for (const [kind, k] of Object.entries(t.byKind)) {
    if (k.notLoaded?.length) out.push('', `${kind}: the bundle also references ${k.notLoaded.join(', ')}, which the page did not load (not counted).`);
  }
  if (t.crates) {
    out.push(
      '',
      '### What serde, serde-wasm-bindgen and gloo-net cost in the client wasm',
      `Function bodies of the shipped client wasm, rebuilt with names (same wasm-bindgen and wasm-opt steps), counted for the crate whose code they are; gzip of each group alone. All code: ${int(t.crates.codeRaw)} B, ${int(t.crates.codeGzip)} B gzip.`,
      '',
      table(['crate', 'functions', 'bytes', 'gzip alone'], t.crates.groups.map((g) => [g.name, g.functions, int(g.raw), int(g.gzip)])),
    );
  }
  const need = t.toReachStretch;
  if (need) {
    const js = t.byKind.ours.files.filter((f) => !f.file.endsWith('.wasm')).reduce((s, f) => s + f.gzip, 0);
    const wasm = t.byKind.ours.gzip - js;
    out.push(
      '',
      `### What reaching ${int(need.bytes)} B gzip would take`,
      `Ours is ${kb(t.byKind.ours.gzip)} gzip: ${int(need.excessGzip)} bytes (${((need.excessGzip / t.byKind.ours.gzip) * 100).toFixed(0)}%) must go.` +
        ` With the JS as it is (${kb(js)}), the .wasm would have to drop from ${kb(wasm)} to ${kb(need.bytes - js)} gzip (−${((1 - (need.bytes - js) / wasm) * 100).toFixed(0)}%).` +
        ' Where the bytes are (JS parts: gzip of the bundle shared out by minified bytes; wasm: gzip of each section alone):',
      '',
      table(['part', 'bytes', '≈ gzip'], need.parts.filter((p) => p.gzip >= 100).map((p) => [p.name, int(p.raw), int(p.gzip)])),
      '',
      `Largest wasm function bodies (bytes): ${need.largestFunctions.map((f) => `${f.name} ${int(f.bytes)}`).join(', ')}.`,
    );
    for (const d of need.dataStrings.filter(Boolean)) {
      out.push(
        '',
        `Data section text: ${int(d.bytes)} bytes in ${d.count} strings of 8+ printable characters, ${int(d.sourcePathBytes)} of them in Rust source paths; longest: ${d.examples.map((e) => `\`${e.replace(/`/g, "'")}\``).join(', ')}.`,
      );
    }
  }
  return out;
}

function coldstart(n, b) {
  const out = ['## 6. Cold start'];
  if (n) {
    out.push(
      'Node: a fresh `node` process per run, mock with 250 certificates and no latency.',
      '',
      table(['client', 'process start → first certificate', 'import → first certificate', 'runs (since start)'], ['ours', 'official', 'raw'].map((k) => [
        k, ms(n.sinceStart[k]), ms(n.sinceImport[k]), list(n.runs[k].map((v) => v.sinceStart)),
      ])),
      '',
      `Ours ÷ official: ${x(n.ratio.sinceStart)} since process start, ${x(n.ratio.sinceImport)} since import.`,
      '',
    );
  }
  if (b) {
    out.push(
      'Chromium (headless, a new context per run): navigation start → first row painted, same-origin mock with 250 certificates.',
      '',
      table(['app', 'first row painted', 'first row in DOM', 'all 250 rows', 'runs (first row painted)'], ['ours', 'official'].map((k) => [
        k, ms(b.firstRowPaint[k]), ms(b.firstRow[k]), ms(b.allRows[k]), list(b.runs[k].map((v) => v.firstRowPaint)),
      ])),
      '',
      `Ours ÷ official (first row painted): ${x(b.ratio)}.`,
      '',
      'Where the time goes (medians, ms since navigation start, resource timing): the bundle loaded, the wasm loaded, the first API request sent and answered, the first row in the DOM.',
      '',
      table(['app', 'bundle loaded', 'wasm loaded', 'first request sent', 'first response', 'first row in DOM'], ['ours', 'official'].map((k) => [
        k, ...['script', 'wasm', 'requestSent', 'responseEnd'].map((p) => (Number.isNaN(b.phases[k][p]) ? '—' : ms(b.phases[k][p]))), ms(b.firstRow[k]),
      ])),
      '',
      `Loaded by the pages: ${Object.entries(b.loaded).map(([k, l]) => `${k}: ${l.map((f) => `${f.path} (${int(f.bytes)} B)`).join(', ')}`).join('; ')}.`,
    );
  }
  return out;
}

function consoleScale(t) {
  return [
    '## 7. The admin console at scale',
    'Headless Chromium, the console (`www/`) against the mock\'s synthetic mode: 10,000 certificates loaded (100 pages), the longest main-thread task while loading (PerformanceObserver `longtask`, which reports tasks of 50 ms or more; 0 = none), a sort and a filter (click to the next frame); then Stop during a 50,000-certificate listing.',
    '',
    table(['load 10,000', 'longest task', 'tasks over 100 ms', 'sort', 'filter', 'Stop', 'listing requests after Stop'], [[
      ms(t.loadMs), ms(t.longestTaskMs), int(t.tasksOver100), ms(t.sortMs), ms(t.filterMs), ms(t.stopMs), int(t.requestsAfterStop),
    ]]),
    '',
    `Target ${t.target.text}: ${met(t.target)}.`,
  ];
}

function mockScale(t) {
  return [
    '## The mock at scale',
    'Why scenarios 1 and 4 use the mock\'s `--synthetic` mode rather than `--count`: in its seeded mode the mock sorts every certificate for every page.',
    '',
    table(['--count', 'startup', 'RSS', 'one page of 100', 'mock time for the whole listing'], t.sizes.map((s) => [
      int(s.count), ms(s.startupMs), `${s.rssMB.toFixed(0)} MB`, ms(s.pageMs), `${s.listingSeconds.toFixed(0)} s (${int(s.pages)} pages)`,
    ])),
  ];
}
