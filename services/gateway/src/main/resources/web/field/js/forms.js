// The "new" screen: three forms (damage, aid received, progress) behind one switch; the last one used opens first.
import { NetworkError, cachedGet } from './api.js';
import { createForm } from './form.js';
import { createAidForm } from './aid-form.js';
import { createProgressForm } from './progress-form.js';

const KIND = 'field.kind';
const KIND_OF_ENTRY = { 'damage-report': 'damage', 'aid-receipt': 'aid', progress: 'progress' };

export function createForms({ reference, disasters, onSaved }) {
  let projects = [];
  const damage = createForm({ reference, disasters, onSaved });
  const aid = createAidForm({ onSaved });
  const progress = createProgressForm({ reference, projects: () => projects, onSaved });
  const byKind = { damage, aid, progress };

  function show(kind) {
    const chosen = byKind[kind] ? kind : 'damage';
    localStorage.setItem(KIND, chosen);
    document.querySelectorAll('.kind-form').forEach((f) => { f.hidden = f.dataset.kind !== chosen; });
    document.querySelectorAll('.kinds button').forEach((b) => b.classList.toggle('active', b.dataset.kind === chosen));
  }

  document.querySelectorAll('.kinds button').forEach((b) => b.addEventListener('click', () => show(b.dataset.kind)));

  return {
    async start() {
      await Promise.all([damage.start(), aid.start(), progress.start()]);
      show(localStorage.getItem(KIND));
    },
    /** The lists the forms choose from: disasters (given) and recovery projects (read here, kept for offline). */
    async refreshLists() {
      damage.setDisasters(disasters());
      aid.refresh();
      try {
        const answer = await cachedGet('/api/v1/recovery-projects?size=500', 'projects');
        projects = answer.ok ? answer.body.items ?? [] : projects;
      } catch (e) {
        if (!(e instanceof NetworkError)) {
          throw e;
        }
      }
      progress.refresh();
    },
    /** Opens an outbox entry in the form that made it. */
    editEntry(entry) {
      const kind = KIND_OF_ENTRY[entry.kind] ?? 'damage';
      byKind[kind].editEntry(entry);
      show(kind);
    },
    /** Opens a receipt for the pledge a coordinator's link names (/field/?donation=<id>). */
    receiveFor(donationId) {
      aid.forDonation(donationId);
      show('aid');
    },
    amendReport(view) {
      damage.amend(view);
      show('damage');
    },
  };
}
