// The certificates-only app over the official `openai` SDK. It refuses to start without a
// credential, so it gets a placeholder key (the mock runs with --no-key and ignores it).
import OpenAI from 'openai';
import { renderCertificates } from './render.mjs';

const client = new OpenAI({ adminAPIKey: 'sk-admin-placeholder', baseURL: `${location.origin}/v1`, dangerouslyAllowBrowser: true });
renderCertificates(client);
