//! Resource methods: what each API operation sends and how its answer is checked.

pub mod certificates;
pub mod pages;
