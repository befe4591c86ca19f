const startTag = /<([A-Za-z_][\w.:-]*)(\s[^<>]*?)(\/?)>/g;
const idAttribute = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const nameAttribute = /(\sname\s*=\s*)(?:"([^"]*)"|'([^']*)')/;

const unescape = (text: string) => text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (whole, name: string, dec?: string, hex?: string) =>
  dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16))
    : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[name] ?? whole);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');

/**
 * The XML with every element's name passed through rename(id, name). Works on the text itself, so that a diagram
 * whose names do not change comes back byte for byte (formatting, namespaces and all).
 */
export function renameElements(xml: string, rename: (id: string, name: string) => string): string {
  return xml.replace(startTag, (tag, element: string, attributes: string, selfClosing: string) => {
    const id = idAttribute.exec(attributes);
    const name = nameAttribute.exec(attributes);
    if (!id || !name) return tag;
    const given = unescape(name[2] ?? name[3] ?? '');
    const renamed = rename(id[1] ?? id[2] ?? '', given);
    if (renamed === given) return tag;
    return `<${element}${attributes.replace(nameAttribute, `$1"${escape(renamed)}"`)}${selfClosing}>`;
  });
}
