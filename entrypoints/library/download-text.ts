/**
 * Saves text as a file from this page: a Blob URL on an `<a download>` clicked in code keeps its file
 * name and needs no `downloads` permission (../shared/TESTING.md). The URL is revoked once the click is handled.
 */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has taken its own reference by the next task; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
