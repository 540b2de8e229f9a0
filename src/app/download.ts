// Saves text as a file on the planner's device (a download; nothing is uploaded anywhere).

/** Offers `text` for download under `fileName`. */
export function downloadText(fileName: string, text: string, type = 'text/plain'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** Offers bytes (a zip, Parquet, PNG) or text for download under `fileName`. */
export function downloadData(fileName: string, data: string | Uint8Array, type: string): void {
  if (typeof data === 'string') downloadText(fileName, data, type);
  else downloadBlob(fileName, new Blob([data as Uint8Array<ArrayBuffer>], { type }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
