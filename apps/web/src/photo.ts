// A photo opened or dropped by someone without a (working) camera.

export interface Photo {
  readonly name: string;
  readonly bitmap: ImageBitmap;
  /** Object URL for showing it; revoke with closePhoto. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

export class PhotoError extends Error {
  override readonly name = "PhotoError";
}

export async function openPhoto(file: File): Promise<Photo> {
  if (file.type && !file.type.startsWith("image/")) {
    throw new PhotoError(`“${file.name}” is not an image (${file.type}). Open a photo: JPEG, PNG, WebP…`);
  }
  let bitmap: ImageBitmap;
  try {
    // Turned upright by its EXIF orientation, as the <img> shows it.
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    throw new PhotoError(`“${file.name}” could not be opened as an image. Try a JPEG or PNG photo.`);
  }
  return { name: file.name, bitmap, url: URL.createObjectURL(file), width: bitmap.width, height: bitmap.height };
}

export function closePhoto(photo: Photo): void {
  photo.bitmap.close();
  URL.revokeObjectURL(photo.url);
}
