// The live stream (server-sent events from the aggregation service through the gateway). It reports its state
// (connecting / live / reconnecting), hands on damage-totals changes, the other named changes a page asks for
// (`on`: {'aid-totals': fn}) and resyncs, and resumes from the last
// event id: the browser sends Last-Event-ID itself when it reconnects; after a hard failure (the gateway answered
// an error, so EventSource gave up) the stream is reopened with ?lastEventId=.
import { streamUrl } from './api.js';

const REOPEN_MS = 3000;

export class LiveStream {
  constructor({ onChange, onResync, onState, on = {} }) {
    this.onChange = onChange;
    this.on = on;
    this.onResync = onResync;
    this.onState = onState;
    this.source = null;
    this.lastEventId = null;
    this.timer = null;
  }

  open(disaster) {
    this.close();
    this.disaster = disaster;
    this.lastEventId = null;
    this.connect();
  }

  connect() {
    this.onState('connecting');
    const source = new EventSource(streamUrl({ disaster: this.disaster, lastEventId: this.lastEventId }));
    this.source = source;
    source.addEventListener('open', () => this.onState('live'));
    // the first event names where the feed stands: a stream that drops before any change still resumes from there
    source.addEventListener('hello', (event) => { this.lastEventId = event.lastEventId || this.lastEventId; });
    for (const [name, handler] of Object.entries({ 'damage-totals': this.onChange, ...this.on })) {
      source.addEventListener(name, (event) => {
        this.lastEventId = event.lastEventId || this.lastEventId;
        handler(JSON.parse(event.data));
      });
    }
    source.addEventListener('resync', (event) => {
      this.lastEventId = event.lastEventId || this.lastEventId;
      this.onResync();
    });
    source.addEventListener('error', () => {
      this.onState('reconnecting');
      if (source.readyState === EventSource.CLOSED && this.source === source) {
        this.timer = setTimeout(() => this.connect(), REOPEN_MS);
      }
    });
  }

  close() {
    clearTimeout(this.timer);
    if (this.source) this.source.close();
    this.source = null;
  }
}

/** Calls fn once calls have paused for `ms`: a burst of changes (a replayed batch) is one refresh. */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
