# openai-admin-certificates: `make demo` shows it working, `make test` runs every test.
# Each target installs what it lacks first (.ci/install-tools).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
# The npm binaryen's wasm-opt must win over Debian's (version 108 breaks externref tables).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

PKG := pkg
PORT ?= 8080
SOURCES := $(shell find src pkg-template -type f) Cargo.toml Cargo.lock

.PHONY: all tools pkg demo test test-rust test-wasm-node test-wasm-chrome test-mock test-package test-page clean bench

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

test: tools test-rust pkg test-mock test-wasm-node test-wasm-chrome test-package test-page
	@echo "make test: every layer passed"

test-rust:
	cargo test --quiet --all-features

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

# The demo page in headless Chromium (playwright-core driving Debian's chromium).
test-page: pkg
	node --test tests/page/

clean:
	rm -rf target $(PKG) test-output

# Benchmarks (bench/run.mjs) against the mock, vs the official SDK and a raw fetch loop; prints the
# numbers and writes bench/RESULTS.md. Knobs: BENCH_RUNS, BENCH_ONLY, BENCH_MEMORY_PAGES, ... (bench/README.md).
bench: pkg
	if [ ! -d bench/node_modules ]; then npm ci --prefix bench --no-audit --no-fund; fi
	node bench/run.mjs
