// The certificates-only app over this package: same-origin API, no key in the page.
import OpenAI from 'openai-admin-certificates';
import { renderCertificates } from './render.mjs';

const client = new OpenAI({ adminAPIKey: null, baseURL: `${location.origin}/v1`, dangerouslyAllowBrowser: true });
renderCertificates(client);
