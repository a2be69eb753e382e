/**
 * The one way user text enters an SVG (or any XML/HTML export): escaped, and stripped of
 * characters XML 1.0 forbids, so a title like `<script>` is shown as text and the file still
 * parses.
 */

// Control characters other than tab/newline/return, lone surrogates, and U+FFFE/U+FFFF are not
// allowed anywhere in an XML document, not even escaped.
// eslint-disable-next-line no-control-regex -- these are the characters to remove
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
