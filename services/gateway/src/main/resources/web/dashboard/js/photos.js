// Photos of a report in the verification queue (GET /api/v1/damage-reports/{id}/photos and .../photos/{photoId}).
// Both need the login token, which an <img src> cannot send: each image is fetched as a blob through apiFetch and
// shown from an object URL, revoked when its report leaves the queue. The queue loads a strip once it is seen.
import { apiFetch, getJson } from './api.js';
import { el } from './figures.js';
import { t } from './i18n.js';

const urls = new WeakMap();

/** Fetches the photos of a strip made by photoStrip and shows them. */
export async function loadPhotos(strip) {
  const reportId = strip.dataset.photosOf;
  try {
    const photos = await getJson(`/api/v1/damage-reports/${reportId}/photos`);
    if (!photos.length) {
      strip.replaceChildren(el('p', { class: 'meta' }, t('photosNone')));
      return;
    }
    const links = await Promise.all(photos.map(async (photo, index) => {
      const response = await apiFetch(`/api/v1/damage-reports/${reportId}/photos/${photo.photoId}`, { headers: { Accept: photo.contentType } });
      const url = URL.createObjectURL(await response.blob());
      urls.set(strip, [...(urls.get(strip) ?? []), url]);
      const alt = t('photoAlt', { n: index + 1 });
      return el('a', { href: url, target: '_blank', rel: 'noopener', title: alt },
        el('img', { src: url, alt, 'data-photo': photo.photoId, width: '96', height: '96' }));
    }));
    strip.replaceChildren(...links);
  } catch (error) {
    strip.replaceChildren(el('p', { class: 'message' }, t('error', { message: error.message })));
  }
}

/** The photo strip of a report: a placeholder until loadPhotos fills it. */
export function photoStrip(reportId) {
  return el('div', { class: 'photos', 'data-photos-of': reportId, 'aria-label': t('photos') }, el('p', { class: 'meta' }, t('photosLoading')));
}

/** Frees the images of the strips under `root` (a queue item that is gone). */
export function releasePhotos(root) {
  for (const strip of root.querySelectorAll('.photos')) {
    (urls.get(strip) ?? []).forEach((url) => URL.revokeObjectURL(url));
    urls.delete(strip);
  }
}
