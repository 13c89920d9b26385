// The loaded certificates: one array in the server's order, a map by id over the same objects,
// and a version bumped on every change (the view cache re-sorts only then). An object is never
// changed in place: a write replaces it, so anything keyed by the object (rows, search text)
// notices. No DOM.

/** A store `{ list, certs, version }` (empty). */
export function createStore() {
  return { list: [], certs: new Map(), version: 0 };
}

/** Replaces the whole list. */
export function setList(store, list) {
  store.list = list;
  store.certs = new Map(list.map((c) => [c.id, c]));
  store.version++;
}

/** Adds a page's items at the end; an id already there is skipped (a shifting list must not duplicate rows). */
export function appendPage(store, items) {
  const fresh = items.filter((c) => !store.certs.has(c.id));
  for (const c of fresh) store.certs.set(c.id, c);
  store.list.push(...fresh);
  store.version++;
  return fresh.length;
}

/**
 * Merges the server's answer into the listed item (update answers carry no `active`). An item no
 * longer listed (a Reload started meanwhile) is left to the new listing, which has the truth.
 */
export function mergeItem(store, item) {
  const old = store.certs.get(item.id);
  if (!old) return;
  const next = { ...old, ...item, object: old.object, active: item.active ?? old.active };
  setList(store, store.list.map((c) => (c.id === item.id ? next : c)));
}

/** Drops `id`. */
export function removeItem(store, id) {
  setList(store, store.list.filter((c) => c.id !== id));
}

/** Adds a new upload first (newest-first order) or last. */
export function addItem(store, item, first) {
  const rest = store.list.filter((c) => c.id !== item.id);
  setList(store, first ? [item, ...rest] : [...rest, item]);
}
