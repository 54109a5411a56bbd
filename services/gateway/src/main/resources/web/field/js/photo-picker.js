// The damage form's photos: taken or chosen, compressed on the phone at once, kept in the draft (IndexedDB holds the
// image itself), shown as thumbnails, and queued after their report, each under its own UUID.
import { formatNumber, t } from './i18n.js';
import { MAX_PHOTOS, compressPhoto } from './photos.js';
import { enqueue } from './outbox.js';

const $ = (id) => document.getElementById(id);

/** photos() reads the draft's photo list, change(list) replaces it. */
export function createPhotoPicker({ photos, change }) {
  const urls = [];

  function render() {
    urls.splice(0).forEach((url) => URL.revokeObjectURL(url));
    $('f-photos').replaceChildren(...photos().map((photo) => {
      const li = document.createElement('li');
      li.dataset.photoId = photo.photoId;
      li.dataset.bytes = String(photo.blob.size);
      const img = document.createElement('img');
      const url = URL.createObjectURL(photo.blob);
      urls.push(url);
      img.src = url;
      img.alt = t('photo.alt');
      const size = document.createElement('span');
      size.className = 'size';
      size.textContent = `${formatNumber(Math.round(photo.blob.size / 1000))} kB · ${photo.width}×${photo.height}`;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', t('photo.remove'));
      remove.addEventListener('click', () => {
        change(photos().filter((p) => p.photoId !== photo.photoId));
        render();
      });
      li.append(img, size, remove);
      return li;
    }));
  }

  $('f-photo').addEventListener('change', async (event) => {
    const files = [...event.target.files].slice(0, Math.max(0, MAX_PHOTOS - photos().length));
    event.target.value = '';
    const slot = document.querySelector('.field[data-field=photos] > .error');
    slot.textContent = '';
    for (const file of files) {
      try {
        const compressed = await compressPhoto(file);
        change([...photos(), { photoId: crypto.randomUUID(), ...compressed }]);
      } catch (e) {
        slot.textContent = t('photo.failed', { name: file.name });
      }
    }
    document.getElementById('f-photos').dataset.ready = String(photos().length);
    render();
  });

  return {
    render,
    /** Queues the photos of a report that is already in the outbox; they go once the report has arrived. */
    async enqueueFor(reportId, title) {
      for (const photo of photos()) {
        await enqueue({
          kind: 'photo', entityId: photo.photoId, path: `/api/v1/damage-reports/${reportId}/photos/${photo.photoId}`,
          body: photo.blob, contentType: 'image/jpeg', meta: { reportId, title, sizeBytes: photo.blob.size },
        });
      }
    },
  };
}
