/**
 * A small XML reader for the recorded samples and the stand-ins' answers (tests only): they are machine-written,
 * without comments, CDATA or DTDs, so a tokenizer is enough and no DOM library joins the workspace.
 */
export interface XmlNode {
  /** Local name: prefixes differ between writers and say nothing about the message. */
  name: string;
  /** Attributes by local name, namespace declarations left out (e.g. `nil` for xsi:nil). */
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const TOKEN = /<\?[^>]*\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const local = (qname: string) => qname.slice(qname.indexOf(':') + 1);
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) =>
    ref[0] === '#' ? String.fromCodePoint(Number(ref[1] === 'x' || ref[1] === 'X' ? `0${ref.slice(1)}` : ref.slice(1))) : (ENTITIES[ref] ?? whole),
  );

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  for (const [, closing, qname, attrText, selfClosing, text] of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (text !== undefined) top.text += decode(text);
    else if (!qname) continue;
    else if (closing) {
      if (stack.length === 1 || top.name !== local(qname)) throw new Error(`unbalanced </${qname}> in ${xml.slice(0, 120)}…`);
      stack.pop();
    } else {
      const attrs: Record<string, string> = {};
      for (const [, name, dq, sq] of (attrText ?? '').matchAll(ATTR)) if (name !== 'xmlns' && !name.startsWith('xmlns:')) attrs[local(name)] = decode(dq ?? sq ?? '');
      const node: XmlNode = { name: local(qname), attrs, children: [], text: '' };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error(`not one well-formed document: ${xml.slice(0, 120)}…`);
  return root.children[0];
}

export const child = (node: XmlNode | undefined, name: string) => node?.children.find((c) => c.name === name);

/** The element inside soap:Body: the operation (request), its response, or a Fault. */
export function bodyElement(xml: string): XmlNode {
  const element = child(parseXml(xml), 'Body')?.children[0];
  if (!element) throw new Error(`no element in the SOAP Body: ${xml.slice(0, 120)}…`);
  return element;
}

/** Names, attributes and text only: whitespace between elements is formatting. */
export function plain(node: XmlNode): unknown {
  const attrs = Object.keys(node.attrs).length ? { '@': node.attrs } : {};
  if (node.children.length === 0) return { [node.name]: node.text, ...attrs };
  return { [node.name]: node.children.map(plain), ...attrs };
}

/** Every value of the elements named `name`, in document order. */
export function valuesOf(node: XmlNode, name: string): string[] {
  return [...(node.name === name ? [node.text] : []), ...node.children.flatMap((c) => valuesOf(c, name))];
}
