/** Offers a file to the user as a download (CSV text, or a PDF or JSON file given as base64). */
export function downloadFile(fileName: string, content: string, type: 'text/csv' | 'application/pdf' | 'application/json'): void {
  const data = type === 'text/csv' ? content : Uint8Array.from(atob(content), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([data], { type: type === 'text/csv' ? 'text/csv;charset=utf-8' : type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
