// Entry point for Node's require(): built into dist/node.cjs by esbuild. `require()` returns the
// client class itself, which also carries `.default`, `.OpenAI` and the error classes.
module.exports = require('./node.mjs').default;
