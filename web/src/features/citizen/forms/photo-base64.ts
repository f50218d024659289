/** identity's limit for a face photo (FaceRealNameInput.photo). */
export const MAX_PHOTO_BYTES = 512 * 1024;

/** The file's bytes as base64 (no `data:` prefix), unchanged. */
export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * A photo small enough to send: as it is when it fits (the comparison works
 * best on the original bytes), else redrawn as a JPEG no longer than 1280 px.
 */
export async function photoForUpload(file: File): Promise<string> {
  if (file.size <= MAX_PHOTO_BYTES) return fileToBase64(file);
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1280 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('无法处理照片，请换一张较小的照片');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  for (const quality of [0.85, 0.7, 0.5]) {
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
    if (blob && blob.size <= MAX_PHOTO_BYTES) return fileToBase64(blob);
  }
  throw new Error('照片过大，请换一张较小的照片');
}

/** UTF-8 text as base64 (for the liveness result we hand over). */
export function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
