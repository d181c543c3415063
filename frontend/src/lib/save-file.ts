/** Hands a downloaded file to the browser under `fileName`, as a link with `download` would. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // revoked later: Chromium may still be reading the object URL when click() returns
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
