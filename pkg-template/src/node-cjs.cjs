// Entry point for Node's require(): built into dist/node.cjs by esbuild. `require()` returns the
// client class itself, which also carries `.default`, `.OpenAI`, `.inspectCertificate`,
// `.certificateImpact`, `.expiryStatus` and the error classes.
const { default: OpenAI, inspectCertificate, certificateImpact, expiryStatus } = require('./node.mjs');
module.exports = Object.assign(OpenAI, { inspectCertificate, certificateImpact, expiryStatus });
