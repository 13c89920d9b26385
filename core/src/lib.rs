//! # openai-admin-certificates-core
//!
//! The pure core of the `openai-admin-certificates` client: everything that decides, and nothing
//! that does I/O. It cannot import `wasm-bindgen`, `js-sys` or `web-sys` (a workspace crate of its
//! own, and `make test` checks its dependencies), so `cargo test` covers it natively, and the
//! property tests and fuzz targets exercise exactly the code that ships.
//!
//! Modules, in the order a call flows through them:
//! [`args`] (a JS argument as plain data) → [`validation`] and [`options`] (checked into
//! [`query`] types) → [`request`] (what to send: [`url`], and a body of [`wire`] types) →
//! [`decode`] (the answer read into its [`wire`] type) → [`pagination`] (the walk over pages) and
//! [`retry`] (the policy after a failure);
//! [`config`] resolves the client's options, [`redact`] keeps the key out of everything that
//! leaves the client, [`error`] names every failure as a code plus fields, [`impact`] says what a
//! planned (de)activation or deletion does to enforcement, and [`text`] holds the
//! number formatting that lets the shipped path avoid `core::fmt`. [`inspect`] (feature
//! `inspect`) reads a PEM certificate locally.

#![deny(missing_docs)]

pub mod args;
pub mod config;
pub mod decode;
pub mod error;
pub mod impact;
#[cfg(feature = "inspect")]
pub mod inspect;
pub mod options;
pub mod pagination;
pub mod query;
pub mod redact;
pub mod request;
pub mod retry;
pub mod text;
pub mod url;
pub mod validation;
pub mod wire;

#[cfg(test)]
mod tests;
