// The dyad matrix: the most active country-level actors as rows (source) and columns (target); a cell
// holds the number of events, its colour the mean Goldstein score (red: conflict, blue: cooperation).
import type { Dyad } from './api';
import { el, fmtInt, fmtNum } from './format';

export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 5));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * Math.abs(t));
  const [r, gg, b] = t < 0 ? [mix(247, 194), mix(247, 59), mix(247, 34)] : [mix(247, 46), mix(247, 111), mix(247, 173)];
  return `rgb(${r},${gg},${b})`;
}

export function renderMatrix(host: HTMLElement, dyads: Dyad[], selected: [string, string] | null, size: number,
                             onPick: (source: string, target: string) => void) {
  const totals = new Map<string, number>();
  for (const d of dyads) {
    totals.set(d.source, (totals.get(d.source) ?? 0) + d.events);
    totals.set(d.target, (totals.get(d.target) ?? 0) + d.events);
  }
  const actors = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, size).map(([a]) => a);
  const cell = new Map(dyads.map((d) => [`${d.source}|${d.target}`, d]));
  const table = el('table', { class: 'matrix-table' });
  const head = el('tr', {}, el('th', { class: 'corner', title: 'source ↓ / target →' }, 'src\\tgt'));
  for (const a of actors) head.append(el('th', { class: 'col' }, a));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const s of actors) {
    const row = el('tr', {}, el('th', { class: 'rowh' }, s));
    for (const t of actors) {
      const d = cell.get(`${s}|${t}`);
      const td = el('td');
      if (s === t) {
        td.className = 'self';
      } else if (d) {
        td.textContent = d.events >= 1000 ? `${(d.events / 1000).toFixed(1)}k` : String(d.events);
        td.style.background = goldsteinColor(d.goldstein_mean);
        if (Math.abs(d.goldstein_mean) > 3) td.style.color = '#fff';
        td.title = `${s} → ${t}: ${fmtInt(d.events)} events, mean Goldstein ${fmtNum(d.goldstein_mean, 2)}`;
        td.dataset.dyad = `${s}-${t}`;
        td.addEventListener('click', () => onPick(s, t));
        const hit = selected && ((selected[0] === s && selected[1] === t) || (selected[0] === t && selected[1] === s));
        if (hit) td.classList.add('selected');
      }
      row.append(td);
    }
    body.append(row);
  }
  table.append(body);
  host.replaceChildren(table);
}
