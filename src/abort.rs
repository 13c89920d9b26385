//! Timers and abort signals with one lifecycle: whatever a wait or an attempt adds (a timer, an
//! `abort` listener on the caller's signal) it removes when it ends, however it ends. A listing of
//! 10,000 pages, or a thousand retried calls sharing one signal, leaves nothing behind.
//!
//! That is why an attempt links to its parent signals itself instead of using `AbortSignal.any`,
//! which registers on every source for the lifetime of the combined signal.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &JsValue, ms: f64) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// Calls a function after a delay, unless dropped first.
pub struct Timer {
    id: JsValue,
    _handler: Closure<dyn FnMut()>,
}

impl Timer {
    /// Calls `fire` after `ms` milliseconds.
    pub fn new(ms: f64, fire: impl FnMut() + 'static) -> Self {
        let handler = Closure::<dyn FnMut()>::new(fire);
        Timer {
            id: set_timeout(handler.as_ref(), ms),
            _handler: handler,
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        clear_timeout(&self.id);
    }
}

/// Calls a function when any of some signals aborts, until dropped: then every listener it added
/// is removed.
pub struct AbortLinks {
    signals: Vec<AbortSignal>,
    handler: Closure<dyn FnMut()>,
}

impl AbortLinks {
    /// Listens on each of `signals` with `on_abort`.
    pub fn new(signals: &[AbortSignal], on_abort: impl FnMut() + 'static) -> Self {
        let handler = Closure::<dyn FnMut()>::new(on_abort);
        for signal in signals {
            let _ =
                signal.add_event_listener_with_callback("abort", handler.as_ref().unchecked_ref());
        }
        AbortLinks {
            signals: signals.to_vec(),
            handler,
        }
    }
}

impl Drop for AbortLinks {
    fn drop(&mut self) {
        for signal in &self.signals {
            let _ = signal.remove_event_listener_with_callback(
                "abort",
                self.handler.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Whether any of `signals` has aborted.
pub fn any_aborted(signals: &[AbortSignal]) -> bool {
    signals.iter().any(AbortSignal::aborted)
}

/// The signal of one attempt: aborted by any parent signal or by the attempt's timeout. Dropping
/// it clears the timer and the listeners.
pub struct AttemptSignal {
    controller: AbortController,
    timed_out: Rc<Cell<bool>>,
    _timer: Timer,
    _links: AbortLinks,
}

impl AttemptSignal {
    /// A signal that aborts after `timeout_ms` or with any of `parents`; `None` when the runtime
    /// has no `AbortController` (then the attempt cannot be cut short).
    pub fn new(timeout_ms: u32, parents: &[AbortSignal]) -> Option<Self> {
        let controller = AbortController::new().ok()?;
        let timed_out = Rc::new(Cell::new(false));
        let timer = {
            let (controller, timed_out) = (controller.clone(), timed_out.clone());
            Timer::new(f64::from(timeout_ms), move || {
                timed_out.set(true);
                controller.abort();
            })
        };
        let links = {
            let controller = controller.clone();
            AbortLinks::new(parents, move || controller.abort())
        };
        if any_aborted(parents) {
            controller.abort();
        }
        Some(AttemptSignal {
            controller,
            timed_out,
            _timer: timer,
            _links: links,
        })
    }

    /// The signal to pass to `fetch`.
    pub fn signal(&self) -> AbortSignal {
        self.controller.signal()
    }

    /// Whether the timeout fired.
    pub fn timed_out(&self) -> bool {
        self.timed_out.get()
    }
}

/// Waits `ms` milliseconds; `Err(())` at once when any of `signals` aborts first.
pub async fn sleep(ms: f64, signals: &[AbortSignal]) -> Result<(), ()> {
    if any_aborted(signals) {
        return Err(());
    }
    let mut settle: Option<(Function, Function)> = None;
    let promise = Promise::new(&mut |resolve, reject| settle = Some((resolve, reject)));
    let Some((resolve, reject)) = settle else {
        return Err(());
    };
    let _timer = Timer::new(ms, move || {
        let _ = resolve.call0(&JsValue::UNDEFINED);
    });
    let _links = AbortLinks::new(signals, move || {
        let _ = reject.call0(&JsValue::UNDEFINED);
    });
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}
