//! # openai-admin-certificates
//!
//! Manage an OpenAI organization's mTLS certificates from JavaScript, in browsers and Node, through
//! the OpenAI Admin API. This crate is the engine of the npm package of the same name: Rust types
//! and a cursor paginator compiled to WebAssembly, driving `fetch`.
//!
//! The code flows one way:
//! [`boundary`] (the only `#[wasm_bindgen]` exports) → [`resources`] (what each operation sends) →
//! pure logic ([`pagination`], [`validation`], [`config`], [`url`]: no I/O, tested natively) →
//! [`transport`] (the only code that touches `fetch`). [`types`] holds the wire types of the
//! official OpenAPI document, [`error`] the one error type.

#![deny(missing_docs)]

pub mod args;
pub mod boundary;
pub mod config;
pub mod convert;
pub mod error;
#[cfg(feature = "inspect")]
pub mod inspect;
pub mod js_args;
pub mod pagination;
pub mod resources;
pub mod retry;
pub mod secret;
pub mod transport;
pub mod types;
pub mod url;
pub mod validation;
