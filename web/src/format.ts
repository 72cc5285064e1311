// Small shared helpers for rendering: element creation, numbers, evidence highlighting.
import type { Evidence } from './api';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

export const fmtInt = (n: number) => n.toLocaleString('en-US');
export const fmtNum = (n: number, digits = 1) => (n > 0 ? '+' : '') + n.toFixed(digits);

export const QUAD_NAMES = ['', 'Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

// The evidence sentence with the trigger and the actors marked.
export function evidenceNode(ev: Evidence | null): HTMLElement {
  const out = el('span', { class: 'evidence' });
  if (!ev) {
    out.append('—');
    return out;
  }
  for (const part of ev.parts) {
    out.append(part.role ? el('mark', { class: `ev-${part.role}` }, part.text) : part.text);
  }
  return out;
}

// A link to the article that opens outside the dashboard; empty URLs give plain text.
export function articleLink(url: string, label: string): HTMLElement {
  if (!/^https?:\/\//.test(url)) return el('span', {}, label);
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, label);
}

// Cuts [start, end) UTF-8 byte ranges of `text` into marked and plain pieces.
export function highlightBytes(text: string, spans: { start: number; end: number; cls: string; title?: string }[]): Node[] {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const sorted = spans.filter((s) => s.end > s.start && s.end <= bytes.length).sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue;
    if (s.start > pos) nodes.push(document.createTextNode(decoder.decode(bytes.subarray(pos, s.start))));
    const mark = el('mark', { class: s.cls }, decoder.decode(bytes.subarray(s.start, s.end)));
    if (s.title) mark.title = s.title;
    nodes.push(mark);
    pos = s.end;
  }
  if (pos < bytes.length) nodes.push(document.createTextNode(decoder.decode(bytes.subarray(pos))));
  return nodes;
}
