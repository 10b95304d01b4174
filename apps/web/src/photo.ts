// A photo opened or dropped by someone without a (working) camera, or the camera's
// picture kept by Freeze.

export interface Photo {
  readonly name: string;
  readonly bitmap: ImageBitmap;
  /** Object URL for showing it; revoke with closePhoto. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  /** Shown mirrored, as the camera's picture was when it was kept. */
  readonly mirrored?: boolean;
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

/** The camera's picture of this moment, kept as a photo to read (Freeze). */
export async function captureFrame(video: HTMLVideoElement, mirrored: boolean, takenAt = new Date()): Promise<Photo> {
  if (video.videoWidth === 0 || video.videoHeight === 0) throw new PhotoError("The camera has no picture yet: wait for it, then press Freeze.");
  const bitmap = await createImageBitmap(video);
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) {
    bitmap.close();
    throw new PhotoError("The camera picture could not be kept. Try Freeze again, or open a photo.");
  }
  const name = `camera picture taken at ${takenAt.toLocaleTimeString()}`;
  return { name, bitmap, url: URL.createObjectURL(blob), width: bitmap.width, height: bitmap.height, mirrored };
}

export function closePhoto(photo: Photo): void {
  photo.bitmap.close();
  URL.revokeObjectURL(photo.url);
}
