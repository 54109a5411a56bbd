// IndexedDB, the phone's durable store: the outbox survives reloads, a closed browser and days offline.
// Two stores: "outbox" (requests waiting to be sent, keyed by their own id) and "kv" (the draft being typed).

const NAME = 'recovery-field';
const VERSION = 1;
let opening = null;

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(NAME, VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('outbox')) {
          db.createObjectStore('outbox', { keyPath: 'id' });
        }
        if (!db.objectStoreNames.contains('kv')) {
          db.createObjectStore('kv');
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opening;
}

async function run(store, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode);
    const request = work(tx.objectStore(store));
    tx.oncomplete = () => resolve(request?.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function all(store) {
  return run(store, 'readonly', (s) => s.getAll());
}

export function get(store, key) {
  return run(store, 'readonly', (s) => s.get(key));
}

export function put(store, value, key) {
  return run(store, 'readwrite', (s) => (key === undefined ? s.put(value) : s.put(value, key)));
}

export function remove(store, key) {
  return run(store, 'readwrite', (s) => s.delete(key));
}

/** Reads, changes and writes one record in one transaction, so two senders cannot interleave. */
export async function update(store, key, change) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const s = tx.objectStore(store);
    let result;
    s.get(key).onsuccess = (event) => {
      const current = event.target.result;
      if (current !== undefined) {
        result = change(current);
        s.put(result);
      }
    };
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
  });
}
