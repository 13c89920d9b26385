# openai-admin-certificates: `make demo` shows it working, `make test` runs every test.
# Each target installs what it lacks first (.ci/install-tools).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
# The npm binaryen's wasm-opt must win over Debian's (version 108 breaks externref tables).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PKG := pkg
PORT ?= 8080
SOURCES := $(shell find src core/src pkg-template www -type f) Cargo.toml core/Cargo.toml Cargo.lock .ci/toolchain
NIGHTLY := $(shell cat .ci/toolchain)

FUZZ_SECONDS ?= 15

.PHONY: size-budget fuzz test-fuzz all tools pkg demo test test-rust test-wasm-node test-wasm-chrome test-mock test-package test-cli test-page clean bench test-ecosystem docs

all: pkg

tools:
	@.ci/install-tools

# The npm package in pkg/ (see .ci/build-pkg).
pkg: tools $(PKG)/package.json
$(PKG)/package.json: $(SOURCES) .ci/build-pkg
	.ci/build-pkg

# The mock API (seeded with 250 certificates) serving www/ and the package on one origin; a Node
# script lists every certificate through the package, then the page stays up until Ctrl-C.
demo: pkg
	node tests/demo/run-demo.mjs --port $(PORT)

test: tools test-rust test-fuzz pkg test-mock test-wasm-node test-wasm-chrome test-package test-cli test-page test-ecosystem size-budget
	@echo "make test: every layer passed"

# The Rust crates: formatting, clippy, the native tests of the pure core (with its property tests),
# the layering rules (tests/tools/check-layers.mjs): the core imports no JS crate, and the
# shipped path composes no text (no format!, Display or Debug); and the error protocol written once
# (tests/tools/check-error-table.mjs): codes, class names and quoted constants agree with the table.
test-rust:
	cargo fmt --all -- --check
	cargo clippy --quiet --workspace --all-targets --all-features -- -D warnings
	cargo test --quiet --workspace --all-features
	node tests/tools/check-layers.mjs
	node tests/tools/check-error-table.mjs

# cargo fuzz (nightly) of response decoding and certificate inspection, bounded in time; the corpus
# grows under target/, seeded from fuzz/seeds/. `make fuzz FUZZ_SECONDS=600` for a longer run.
fuzz test-fuzz: tools
	cargo +$(NIGHTLY) fuzz build --fuzz-dir fuzz
	for target in decode_responses build_urls inspect_certificate; do \
	  mkdir -p target/fuzz-corpus/$$target && cp fuzz/seeds/$$target/* target/fuzz-corpus/$$target/; \
	  cargo +$(NIGHTLY) fuzz run --fuzz-dir fuzz $$target target/fuzz-corpus/$$target -- \
	    -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 2>&1 | grep -E '^(stat::number_of_executed_units|Done)|ERROR|panicked'; \
	done

test-mock:
	node --test tests/mock/

# wasm-bindgen-test against a mock started for the run (its URL is baked in at compile time).
# A layer that skips its tests fails: the runtime check test must have run and passed.
test-wasm-node: tools
	mkdir -p test-output
	EXPECT_RUNTIME=node node tests/tools/with-mock.mjs -- wasm-pack test --node --release \
	  2>&1 | tee test-output/wasm-node.log
	grep -q '^test runs_in_the_runtime_the_make_target_asked_for ... ok' test-output/wasm-node.log

test-wasm-chrome: tools
	mkdir -p test-output
	EXPECT_RUNTIME=chrome WASM_BINDGEN_USE_BROWSER=1 node tests/tools/with-mock.mjs -- \
	  wasm-pack test --headless --chrome --release 2>&1 | tee test-output/wasm-chrome.log
	grep -q '^test runs_in_the_runtime_the_make_target_asked_for ... ok' test-output/wasm-chrome.log

test-package: pkg
	node tests/package/install.mjs
	node --test --test-concurrency=1 tests/package/

# The command line (tests/cli/): every command of the installed package's bin, run with npx in the
# consumer project against the mock; check's Prometheus text through promtool; the console's proxy.
test-cli: pkg
	node tests/package/install.mjs
	node --test --test-concurrency=1 tests/cli/

# The demo page in headless Chromium (playwright-core driving Debian's chromium).
test-page: pkg
	node --test tests/page/

# The size budgets, gzip -9 bytes (tests/tools/app-size.mjs): the certificates-only app of the
# benchmarks (esbuild bundle + the wasm it loads, over the installed package) and each wasm alone.
# Measured at 67,564 / 58,499 / 44,279 when set: serde, serde-wasm-bindgen and gloo-net (issue 19),
# the audit log in the client, the upload rules and certificateImpact in the inspector (issue 20),
# and a listing as a value (the walk in JS, 2.4 KB less wasm); the build fails if one grows past its
# budget.
APP_BUDGET ?= 68000
CLIENT_WASM_BUDGET ?= 59000
INSPECT_WASM_BUDGET ?= 44800
size-budget: pkg
	node tests/package/install.mjs
	node tests/tools/app-size.mjs $(APP_BUDGET) $(CLIENT_WASM_BUDGET) $(INSPECT_WASM_BUDGET)

clean:
	rm -rf target $(PKG) test-output

# Benchmarks (bench/run.mjs) against the mock, vs the official SDK and a raw fetch loop; prints the
# numbers and writes bench/RESULTS.md. Knobs: BENCH_RUNS, BENCH_ONLY, BENCH_MEMORY_PAGES, ... (bench/README.md).
bench: pkg
	if [ ! -d bench/node_modules ]; then npm ci --prefix bench --no-audit --no-fund; fi
	node bench/run.mjs

# The package where its users build and run (tests/ecosystem/README.md): packed and installed into a
# fresh consumer project; bundled by Vite, webpack and esbuild and run in Chromium (page and module
# worker); Node worker_threads, Bun and Deno; tsc --strict (TypeScript 6 and 7); the exports map;
# npm pack contents and publint. Its tools are pinned in tests/ecosystem/package-lock.json.
ECOSYSTEM := tests/ecosystem
$(ECOSYSTEM)/node_modules/.package-lock.json: $(ECOSYSTEM)/package-lock.json
	npm ci --prefix $(ECOSYSTEM) --no-audit --no-fund

test-ecosystem: pkg $(ECOSYSTEM)/node_modules/.package-lock.json
	node $(ECOSYSTEM)/setup.mjs
	node --test --test-concurrency=1 $(ECOSYSTEM)/*.test.mjs

# The Rust crate's rustdoc (target/doc) and the JS API reference generated from index.d.ts by typedoc
# (test-output/docs/js); any warning fails the build.
docs: pkg $(ECOSYSTEM)/node_modules/.package-lock.json
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --all-features
	$(ECOSYSTEM)/node_modules/.bin/typedoc --options $(ECOSYSTEM)/docs/typedoc.json
	@echo "make docs: target/doc/openai_admin_certificates/index.html, test-output/docs/js/index.html"
