import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { xplanErrors } from './xplan-gml.error.js';

/**
 * A namespace-resolved XML element. Elements are matched by namespace URI and local name,
 * never by prefix: `xplan:BP_Plan`, `xp:BP_Plan` and a default-namespace `BP_Plan` are one.
 */
export interface XmlElement {
  /** Namespace URI; '' when the element is in no namespace. */
  ns: string;
  local: string;
  /** The name as written, with its prefix. */
  qname: string;
  /** Attributes by their name as written (`srsName`, `gml:id`), values with entities decoded. */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The character data directly inside the element, entities decoded. */
  text: string;
  parent: XmlElement | null;
}

/** Deeper nesting than this is refused; XPlanGML geometry nests about a dozen levels. */
export const MAX_XML_DEPTH = 100;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const SINGLE_BYTE_ENCODINGS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'iso-8859-15',
  'latin-9',
  'windows-1252',
  'cp1252',
]);

/**
 * Text of an uploaded file, after the size check: UTF-8 (with or without BOM), UTF-16 with a
 * BOM, or a single-byte Western encoding named in the XML declaration. Invalid bytes are an
 * error, not replacement characters.
 */
export function decodeXmlInput(input: string | Uint8Array, maxBytes: number): string {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (bytes > maxBytes) throw xplanErrors.tooLarge(bytes, maxBytes);
  if (typeof input === 'string') return input.startsWith('\uFEFF') ? input.slice(1) : input;

  if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) {
    throw xplanErrors.zipArchive();
  }
  if (input[0] === 0xff && input[1] === 0xfe) return decode(input.subarray(2), 'utf-16le');
  if (input[0] === 0xfe && input[1] === 0xff) return decode(input.subarray(2), 'utf-16be');
  if (UTF8_BOM.every((b, i) => input[i] === b)) return decode(input.subarray(3), 'utf-8');

  const head = Buffer.from(input.subarray(0, 200)).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  const encoding = declared?.toLowerCase() ?? 'utf-8';
  if (encoding === 'utf-8' || encoding === 'utf8') return decode(input, 'utf-8');
  if (SINGLE_BYTE_ENCODINGS.has(encoding)) return decode(input, encoding);
  throw xplanErrors.encoding(declared ?? encoding);
}

function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw xplanErrors.encoding(encoding.toUpperCase());
  }
}

/**
 * Parses XML into a namespace-resolved tree. Refuses any DTD: no document type declaration
 * means no external entities (XXE) and no entity expansion ("billion laughs"); only the five
 * predefined entities and character references are decoded. Throws `NOT_XML` for anything
 * that is not well-formed, namespace-correct XML with one root element.
 */
export function parseXmlDocument(text: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw xplanErrors.doctype();
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw xplanErrors.notXml(valid.err.line ?? null, valid.err.msg);

  let nodes: unknown;
  try {
    nodes = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      processEntities: false,
      htmlEntities: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      cdataPropName: '#cdata',
      maxNestedTags: MAX_XML_DEPTH,
    }).parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/nested/i.test(message)) throw xplanErrors.tooDeep();
    throw xplanErrors.notXml(null, message);
  }

  const roots = (nodes as OrderedNode[]).filter((node) => elementName(node) !== null);
  if (roots.length !== 1) throw xplanErrors.notXml(null, 'expected exactly one root element');
  return toElement(roots[0], new Map([['xml', XML_NS]]), null);
}

/** fast-xml-parser's `preserveOrder` shape: `{ name: children, ':@': attributes }`. */
type OrderedNode = Record<string, unknown>;

function elementName(node: OrderedNode): string | null {
  return Object.keys(node).find((key) => key !== ':@' && !key.startsWith('#')) ?? null;
}

function toElement(
  node: OrderedNode,
  inherited: Map<string, string>,
  parent: XmlElement | null,
): XmlElement {
  const qname = elementName(node) as string;
  const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;
  const attributes: Record<string, string> = {};
  let scope = inherited;
  for (const [name, raw] of Object.entries(rawAttributes)) {
    const value = decodeEntities(raw);
    attributes[name] = value;
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === inherited) scope = new Map(inherited);
      scope.set(name === 'xmlns' ? '' : name.slice(6), value);
    }
  }
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const ns = scope.get(prefix);
  if (ns === undefined && prefix !== '') {
    throw xplanErrors.notXml(null, `namespace prefix "${prefix}" is not declared`);
  }
  const element: XmlElement = {
    ns: ns ?? '',
    local: colon < 0 ? qname : qname.slice(colon + 1),
    qname,
    attributes,
    children: [],
    text: '',
    parent,
  };
  const texts: string[] = [];
  for (const child of (node[qname] ?? []) as OrderedNode[]) {
    if (typeof child['#text'] === 'string') texts.push(decodeEntities(child['#text']));
    else if (Array.isArray(child['#cdata'])) {
      for (const part of child['#cdata'] as OrderedNode[]) {
        if (typeof part['#text'] === 'string') texts.push(part['#text']);
      }
    } else if (elementName(child) !== null) {
      element.children.push(toElement(child, scope, element));
    }
  }
  element.text = texts.join('');
  return element;
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined entities and character references in one pass (no double decoding). */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(
    ENTITY,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return PREDEFINED[name] ?? whole;
      const codePoint = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    },
  );
}

export function childElements(element: XmlElement, ns: string, local?: string): XmlElement[] {
  return element.children.filter(
    (child) => child.ns === ns && (local === undefined || child.local === local),
  );
}

export function firstChild(element: XmlElement, ns: string, local: string): XmlElement | null {
  return element.children.find((child) => child.ns === ns && child.local === local) ?? null;
}

/** The element itself and all below it, in document order, without recursion. */
export function* descendants(root: XmlElement): Generator<XmlElement> {
  const stack = [root];
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i -= 1) {
      stack.push(element.children[i]);
    }
  }
}

/** The nearest value of an attribute on the element or one of its ancestors. */
export function inheritedAttribute(element: XmlElement, name: string): string | null {
  for (let e: XmlElement | null = element; e; e = e.parent) {
    const value = e.attributes[name];
    if (value !== undefined && value.trim() !== '') return value.trim();
  }
  return null;
}
