/**
 * Copies plain text and HTML with a synthetic copy command in an extension document (the offscreen
 * document in Chrome, the background page in Firefox). Used where a content script has no clipboard API,
 * such as pages served over plain http.
 */
export function copyWithCommand(doc: Document, text: string, html?: string): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.preventDefault();
    event.clipboardData?.setData('text/plain', text);
    if (html) event.clipboardData?.setData('text/html', html);
  };
  doc.addEventListener('copy', onCopy, { once: true });
  // execCommand needs a selection in some browsers; a detached-free textarea gives it one.
  const area = doc.createElement('textarea');
  area.value = text;
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    doc.removeEventListener('copy', onCopy);
  }
}
