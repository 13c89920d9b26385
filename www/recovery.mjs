// The partial-data banner: after Stop or an error mid-listing it says the list is partial and
// offers Resume (from the last cursor, see loader.mjs). When the server asked for a wait
// (a rate limit's retry-after) it counts it down; it never resumes by itself, so a server that
// keeps failing is not asked again every few seconds.
import { plural } from './status.mjs';

/** Wires `banner` (.partial-text, .partial-countdown, #resume). `onResume()` continues the listing. */
export function createRecovery(banner, { onResume }) {
  const text = banner.querySelector('.partial-text');
  const countdown = banner.querySelector('.partial-countdown');
  const button = banner.querySelector('#resume');
  let timer = 0;

  function stopCountdown() {
    clearInterval(timer);
    timer = 0;
    countdown.textContent = '';
    delete banner.dataset.wait;
  }
  function clear() {
    stopCountdown();
    banner.hidden = true;
  }
  button.addEventListener('click', () => {
    clear();
    onResume();
  });

  /** `reason` stopped or error; `count` certificates so far; `waitSeconds` the server's ask. */
  function show({ count, reason, waitSeconds = null }) {
    stopCountdown();
    const n = plural(count, 'certificate');
    text.textContent = count
      ? `Partial list: only ${n} loaded, ${reason === 'stopped' ? 'loading was stopped' : 'an error stopped loading'}. Exports and counts cover only these.`
      : `Nothing loaded: ${reason === 'stopped' ? 'loading was stopped' : 'an error stopped loading'} before the first page.`;
    button.textContent = count ? 'Resume' : 'Try again';
    banner.hidden = false;
    if (waitSeconds > 0) {
      let left = waitSeconds;
      const tick = () => {
        banner.dataset.wait = String(left);
        countdown.textContent = left > 0 ? `The server asked to wait: it expects requests again in ${left} s.` : 'The wait the server asked for is over: Resume when ready.';
        if (left-- <= 0) clearInterval(timer);
      };
      tick();
      timer = setInterval(tick, 1000);
    }
  }
  return { show, clear };
}
