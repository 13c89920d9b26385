// A Cloudflare Worker using the package as a Workers project would (bundled the way wrangler does,
// see workerd.test.mjs): GET / lists every certificate of the mock at env.BASE_URL, makes one call
// the mock refuses, inspects a PEM, and reads raw responses; each part reports on its own, so one
// failing part does not hide what the others found.
import OpenAI, { BadRequestError, NotFoundError, inspectCertificate } from 'openai-admin-certificates';
import InlineOpenAI from 'openai-admin-certificates/inline';
import caPem from '../node/ca-pem.js'; // written by setup.mjs from tests/fixtures/certs/ca.pem
import { rawResponses } from '../node/raw-responses.mjs';

/** Runs `part()`, or reports how it failed. */
async function report(part) {
  try {
    return await part();
  } catch (e) {
    return { failure: `${e?.name}: ${e?.message}` };
  }
}

async function listing(client) {
  const ids = [];
  for await (const certificate of client.admin.organization.certificates.list({ limit: 100 })) ids.push(certificate.id);
  let error = null;
  try {
    await client.admin.organization.certificates.list({ after: 'cert_000000000000000000000000' });
  } catch (e) {
    error = { name: e.name, status: e.status, isBadRequestError: e instanceof BadRequestError, param: e.param };
  }
  return { ids, error, inlineIsThisEntry: InlineOpenAI === OpenAI };
}

async function inspection() {
  const { subject, fingerprint_sha256 } = await inspectCertificate(caPem);
  return { subject, fingerprint_sha256 };
}

export default {
  async fetch(request, env) {
    const client = new OpenAI({ adminAPIKey: env.ADMIN_KEY, baseURL: env.BASE_URL });
    return Response.json({
      listing: await report(() => listing(client)),
      inspection: await report(inspection),
      raw: await report(() => rawResponses(client, NotFoundError)),
    });
  },
};
