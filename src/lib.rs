//! # openai-admin-certificates
//!
//! Manage an OpenAI organization's mTLS certificates from JavaScript, in browsers, Node, Deno, Bun
//! and Workers, through the OpenAI Admin API. This crate is the JS-facing layer of the npm package
//! of the same name, compiled to WebAssembly; every decision is made by its pure core,
//! `openai-admin-certificates-core` (imported here as `pure`; it cannot touch JavaScript).
//!
//! The code flows one way: [`boundary`] (the only `#[wasm_bindgen]` exports) → [`listing`] (one
//! page fetched at a position) and [`transport`] (the only `fetch`: one request path with its retry
//! loop) → [`abort`] (timers and signals), [`js`] (JS values to plain data) and [`report`] (errors
//! to JS, redacted) → the pure core.

#![deny(missing_docs)]
// The inspect-only build (the second wasm) leaves the client's JS conversions unused.
#![cfg_attr(not(feature = "client"), allow(dead_code, unused_imports))]

#[cfg(feature = "client")]
mod abort;
pub mod boundary;
mod js;
#[cfg(feature = "client")]
mod listing;
mod report;
#[cfg(feature = "client")]
mod transport;

// lol_alloc rather than std's dlmalloc, by measurement (README, "Allocator"): 2 KB less gzip and
// the same flat memory over a million certificates. `--features std-allocator` measures dlmalloc.
#[cfg(all(target_arch = "wasm32", not(feature = "std-allocator")))]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without threads: one thread only.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
