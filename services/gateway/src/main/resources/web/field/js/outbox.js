// The outbox: every submission is first stored on the phone, then sent one by one, oldest first. A send is a PUT
// to the entity's own UUID, so a retry after a lost answer is recognised by the server and never duplicates.
// States: waiting → sending → sent, or needs-fixing (the server refused it: 400/403/404/409/412/413/422).
import * as db from './db.js';
import { NetworkError, request } from './api.js';

const STORE = 'outbox';
const REFUSALS = new Set([400, 403, 404, 409, 412, 413, 422]);
let flushing = null;

function changed() {
  document.dispatchEvent(new CustomEvent('outbox-changed'));
}

/** Every entry, oldest first. */
export async function entries() {
  const list = await db.all(STORE);
  return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function entry(id) {
  return db.get(STORE, id);
}

/** How many have not reached the server yet. */
export async function pendingCount() {
  return (await entries()).filter((e) => e.state !== 'sent').length;
}

/**
 * Stores a request for sending: kind names what it is (damage-report, photo, aid-receipt, progress), entityId the UUID
 * the PUT path carries, meta what a card needs to describe it offline, contentType the type of a Blob body (a photo).
 * ifMatch (a version) makes it an amendment. An entry being fixed (entryId) is replaced in place, keeping its id and
 * its place in the queue.
 */
export async function enqueue({
  kind, entityId, path, body, ifMatch = null, entryId = null, meta = {}, contentType = null,
}) {
  const now = new Date().toISOString();
  const previous = entryId ? await db.get(STORE, entryId) : null;
  const item = {
    id: entryId ?? crypto.randomUUID(),
    kind,
    entityId,
    method: 'PUT',
    path,
    body,
    contentType,
    meta,
    ifMatch,
    state: 'waiting',
    problem: null,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    attempts: previous?.attempts ?? 0,
    lastTriedAt: previous?.lastTriedAt ?? null,
  };
  await db.put(STORE, item);
  changed();
  return item;
}

export async function discard(id) {
  await db.remove(STORE, id);
  changed();
}

export async function clearSent() {
  const sent = (await entries()).filter((e) => e.state === 'sent');
  await Promise.all(sent.map((e) => db.remove(STORE, e.id)));
  changed();
}

/** After a 409/412: send the same content as an amendment of the version the server has now. */
export async function resendAsAmendment(id) {
  const item = await db.get(STORE, id);
  const current = await request('GET', item.path);
  if (!current.ok) {
    return false;
  }
  await db.update(STORE, id, (e) => ({ ...e, ifMatch: current.body.version, state: 'waiting', problem: null }));
  changed();
  flush();
  return true;
}

/** A page closed in the middle of a send leaves "sending" behind: it goes back in the queue (safe: idempotent). */
export async function recoverInterrupted() {
  const stuck = (await entries()).filter((e) => e.state === 'sending');
  await Promise.all(stuck.map((e) => db.update(STORE, e.id, (x) => ({ ...x, state: 'waiting' }))));
  if (stuck.length) {
    changed();
  }
}

function set(id, fields) {
  return db.update(STORE, id, (e) => ({ ...e, ...fields, updatedAt: new Date().toISOString() }));
}

async function sendOne(item) {
  await set(item.id, { state: 'sending', attempts: item.attempts + 1, lastTriedAt: new Date().toISOString() });
  changed();
  const headers = item.ifMatch === null ? {} : { 'If-Match': `"${item.ifMatch}"` };
  if (item.contentType) {
    headers['Content-Type'] = item.contentType;
  }
  let answer;
  try {
    answer = await request(item.method, item.path, { body: item.body, headers });
  } catch (e) {
    if (!(e instanceof NetworkError)) {
      throw e;
    }
    await set(item.id, { state: 'waiting', lastError: { kind: 'offline' } });
    return 'stop';
  }
  if (answer.ok) {
    await set(item.id, { state: 'sent', receipt: answer.body, problem: null, lastError: null, sentAt: new Date().toISOString() });
    return 'sent';
  }
  if (REFUSALS.has(answer.status)) {
    await set(item.id, { state: 'needs-fixing', problem: { status: answer.status, ...answer.body } });
    return 'refused';
  }
  // 401 (log in again), 429 and 5xx: the entry is fine, the moment is not
  await set(item.id, { state: 'waiting', lastError: { kind: 'status', status: answer.status } });
  return 'stop';
}

/** The oldest waiting entry that may go now: a photo waits until its report has reached the server. */
async function nextWaiting() {
  const all = await entries();
  const reportPending = (reportId) => all.some((e) => e.kind === 'damage-report' && e.entityId === reportId
    && e.state !== 'sent');
  return all.find((e) => e.state === 'waiting' && !(e.kind === 'photo' && reportPending(e.meta.reportId)));
}

async function sendAll() {
  const summary = { sent: 0, refused: 0, stopped: null };
  // "offline" is certain (unlike "online", which a dead access point also reports): spare the battery
  if (navigator.onLine === false) {
    summary.stopped = { kind: 'offline' };
    return summary;
  }
  // the next waiting entry is looked up each time, so one enqueued during the run is sent in the same run
  for (let item = await nextWaiting(); item; item = await nextWaiting()) {
    const outcome = await sendOne(item);
    changed();
    if (outcome === 'stop') {
      summary.stopped = (await db.get(STORE, item.id))?.lastError ?? null;
      break;
    }
    summary[outcome] += 1;
  }
  return summary;
}

/** Sends what waits; one run at a time per phone (a Web Lock keeps two open tabs from sending together). */
export function flush() {
  flushing ??= (navigator.locks ? navigator.locks.request('field-outbox', sendAll) : sendAll())
    .finally(() => { flushing = null; });
  return flushing;
}
