// The connection settings: Base URL and Admin key. The key lives only in this module's closure:
// never in storage, cookies, the URL or the DOM. Load copies it out of the input and clears it.

// Served by `openai-admin-certificates console`, the page is opened at `#proxy=<secret>`: the
// local proxy holds the admin key and takes this per-run secret as the bearer token instead. It
// is taken out of the URL at once (before the deep-link code rewrites the hash) and kept here only.
const PROXY_SECRET = (() => {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const secret = params.get('proxy');
  if (!secret) return null;
  params.delete('proxy');
  const rest = params.toString();
  history.replaceState(null, '', rest ? `#${rest}` : location.pathname + location.search);
  return secret;
})();

/**
 * Wires the settings form. `OpenAI` is the package's client class; `onLoad(client)` runs after
 * every Load with a fresh client. Returns `{ client() }` for the current client.
 */
export function createSettings({ form, baseInput, keyInput, keyState, forgetButton, OpenAI, onLoad, onInvalid }) {
  let key = null; // the admin key, or null: a proxy baseURL that adds it needs none
  let keyBase = null; // the base URL the key was given for; another base URL does not get it
  let current = null;

  baseInput.value ||= new URL('/v1', location.origin).href;
  if (PROXY_SECRET) {
    key = PROXY_SECRET;
    keyBase = new URL('/v1', location.origin).href;
    baseInput.value = keyBase;
    keyInput.closest('.field').hidden = true;
    document.getElementById('key-warning')?.setAttribute('hidden', '');
  }

  function render(note) {
    if (PROXY_SECRET && key === PROXY_SECRET) {
      keyState.textContent = 'Connected through the local proxy (openai-admin-certificates console): the admin key stays in the proxy, never in this page.';
      forgetButton.hidden = true;
      document.body.dataset.connection = 'local-proxy';
      return;
    }
    keyState.textContent = key
      ? `A key is held in memory for this tab only (sent to ${keyBase}).`
      : note ?? 'No key: requests go out without an Authorization header (demo mock or key-adding proxy).';
    forgetButton.hidden = !key;
    keyInput.placeholder = key ? 'Key in memory; type to replace' : 'sk-admin-…  (optional)';
  }

  function build() {
    const baseURL = baseInput.value.trim();
    let url;
    try {
      url = new URL(baseURL);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new TypeError(`Base URL must be an http:// or https:// URL, got '${baseURL}'.`);
    }
    let note;
    const typed = keyInput.value.trim();
    keyInput.value = ''; // take the key out of the DOM right away
    if (typed) {
      key = typed;
      keyBase = baseURL;
    } else if (key && keyBase !== baseURL) {
      // Don't send a key typed for one endpoint to another one.
      key = null;
      keyBase = null;
      note = 'The key was forgotten because the Base URL changed; enter it again if this endpoint needs it.';
    }
    render(note);
    current = new OpenAI({ adminAPIKey: key, baseURL, dangerouslyAllowBrowser: true });
    return current;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault(); // nothing is ever submitted anywhere (CSP form-action 'none' too)
    let client;
    try {
      client = build();
    } catch (error) {
      onInvalid(error);
      return;
    }
    onLoad(client);
  });

  forgetButton.addEventListener('click', () => {
    key = null;
    keyBase = null;
    keyInput.value = '';
    current = null; // the next call builds a client without it
    render('Key forgotten. Press Load to reload without it.');
  });

  render();
  return {
    /** The client of the last Load (built on first use with the defaults). */
    client: () => current ?? build(),
    /** Loads with the current settings, as if Load were pressed. */
    load: () => form.requestSubmit(),
  };
}
