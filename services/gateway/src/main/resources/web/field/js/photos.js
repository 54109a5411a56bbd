// Photos taken on the phone, made small enough to send over a weak signal: at most 1600 px on the long side and
// under 900 kB as JPEG (the damage service keeps up to 1,000,000 bytes), re-encoded on the phone through a canvas.
export const MAX_BYTES = 900_000;
export const MAX_PHOTOS = 5;
const LONG_SIDE = 1600;
const QUALITIES = [0.82, 0.7, 0.6, 0.5];

function encode(bitmap, width, height, quality) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the phone could not encode the photo'))),
      'image/jpeg', quality);
  });
}

/** {blob, width, height} of a picture file, turned upright (EXIF) and compressed below MAX_BYTES. */
export async function compressPhoto(file) {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    let scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    for (;;) {
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      for (const quality of QUALITIES) {
        const blob = await encode(bitmap, width, height, quality);
        if (blob.size <= MAX_BYTES) {
          return { blob, width, height };
        }
      }
      scale *= 0.75;
    }
  } finally {
    bitmap.close();
  }
}
