/**
 * The shape of an answer, for comparing a stand-in's answer with a recording: every element (or JSON key) path
 * once, in order of first appearance, each with whether it had a value. Result codes are kept as they are;
 * every other value (timestamps, tokens, serial numbers, seeded data) is reduced to "has a value".
 */
import { parseXml, type XmlNode } from './xml-tree.js';

const SOAP_CODES = new Set(['RESULT', 'faultcode', 'faultstring']);
const JSON_CODES = new Set(['code', 'sub_code', 'errcode']);

const unique = (entries: string[]) => [...new Set(entries)];

export function soapShape(xml: string): string[] {
  const walk = (node: XmlNode, path: string): string[] => {
    const here = `${path}/${node.name}`;
    if (node.children.length) return [here, ...node.children.flatMap((c) => walk(c, here))];
    const value = SOAP_CODES.has(node.name) ? `= ${node.text}` : node.text === '' ? '(empty)' : '(value)';
    return [`${here} ${value}`];
  };
  return unique(walk(parseXml(xml), ''));
}

export function jsonShape(text: string): string[] {
  const walk = (value: unknown, path: string, key: string): string[] => {
    if (Array.isArray(value)) return [`${path}[]`, ...value.flatMap((v) => walk(v, `${path}[]`, key))];
    if (value && typeof value === 'object') return [path || '/', ...Object.entries(value).flatMap(([k, v]) => walk(v, `${path}/${k}`, k))];
    if (JSON_CODES.has(key)) return [`${path} = ${String(value)}`];
    return [`${path} (${value === '' || value === null ? 'empty' : typeof value})`];
  };
  return unique(walk(JSON.parse(text), '', ''));
}
