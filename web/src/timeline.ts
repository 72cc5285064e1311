// The dyad timeline: cooperation (QuadClass 1-2) above the axis and conflict (3-4) below it, per
// week, with the mean Goldstein score on the right axis; the escalation index underneath. Dragging
// across the chart selects a date range.
import uPlot from 'uplot';
import type { EscalationPoint, SeriesPoint } from './api';

const DAY = 86400;
const toSec = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 1000;
export const toIso = (sec: number) => new Date(sec * 1000).toISOString().slice(0, 10);

let chart: uPlot | null = null;
let escalationChart: uPlot | null = null;

export type Interval = 'day' | 'week' | 'month';

function nextPeriod(t: number, interval: Interval): number {
  if (interval === 'day') return t + DAY;
  if (interval === 'week') return t + 7 * DAY;
  const d = new Date(t * 1000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
}

// Every period from the first to the last, empty ones as zero, so bars keep their place in time.
function frame(points: SeriesPoint[], interval: Interval): uPlot.AlignedData {
  // Empty periods are null, not 0: a zero-height bar would still draw its outline along the axis.
  const xs: number[] = [], coop: (number | null)[] = [], conflict: (number | null)[] = [], goldstein: (number | null)[] = [];
  if (points.length) {
    const byPeriod = new Map(points.map((p) => [p.period, p]));
    for (let t = toSec(points[0].period); t <= toSec(points[points.length - 1].period); t = nextPeriod(t, interval)) {
      const p = byPeriod.get(toIso(t));
      xs.push(t);
      coop.push(p && p.quad1 + p.quad2 ? p.quad1 + p.quad2 : null);
      conflict.push(p && p.quad3 + p.quad4 ? -(p.quad3 + p.quad4) : null);
      goldstein.push(p && p.events ? p.goldstein_mean : null);
    }
  }
  return [xs, coop, conflict, goldstein] as uPlot.AlignedData;
}

export function renderTimeline(host: HTMLElement, escHost: HTMLElement, points: SeriesPoint[], interval: Interval,
                               escalation: EscalationPoint[], onRange: (from: string, to: string) => void) {
  chart?.destroy();
  escalationChart?.destroy();
  host.replaceChildren();
  escHost.replaceChildren();
  if (!points.length) {
    host.append(Object.assign(document.createElement('p'), { className: 'empty', textContent: 'No events for this dyad in the selected period.' }));
    return;
  }
  const width = Math.max(400, host.clientWidth);
  const bars = uPlot.paths.bars!({ size: [0.85, 12], gap: 0 });
  const sync = uPlot.sync('timeline');
  const opts: uPlot.Options = {
    width,
    height: 250,
    cursor: { sync: { key: sync.key }, drag: { x: true, y: false } },
    legend: { show: true, live: true },
    scales: { x: { time: true }, g: { range: [-10, 10] } },
    axes: [
      { stroke: '#44505c', grid: { stroke: '#eef1f4' }, ticks: { stroke: '#d5dbe1' } },
      { label: `events / ${interval}`, stroke: '#44505c', grid: { stroke: '#eef1f4' }, size: 56,
        values: (_u, vals) => vals.map((v) => String(Math.abs(v))) },
      { side: 1, scale: 'g', label: 'mean Goldstein', stroke: '#6b4e9b', grid: { show: false }, size: 50 },
    ],
    series: [
      { value: (_u, v) => (v == null ? '' : interval === 'day' ? toIso(v) : `${interval} of ${toIso(v)}`) },
      { label: 'Cooperation', stroke: '#2e6fad', fill: '#2e6fadcc', paths: bars, points: { show: false } },
      { label: 'Conflict', stroke: '#c23b22', fill: '#c23b22cc', paths: bars, points: { show: false },
        value: (_u, v) => (v == null ? '' : String(-v)) },
      { label: 'Mean Goldstein', scale: 'g', stroke: '#6b4e9b', width: 1.25, spanGaps: false, points: { show: false },
        value: (_u, v) => (v == null ? '' : v.toFixed(2)) },
    ],
    hooks: {
      setSelect: [(u) => {
        if (u.select.width < 4) return;
        const from = toIso(u.posToVal(u.select.left, 'x'));
        const to = toIso(u.posToVal(u.select.left + u.select.width, 'x'));
        u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
        onRange(from, to);
      }],
    },
  };
  const data = frame(points, interval);
  chart = new uPlot(opts, data, host);

  const xs = escalation.map((e) => toSec(e.day));
  const esc: uPlot.AlignedData = [xs, escalation.map((e) => e.index), escalation.map(() => 3)];
  const [x0, x1] = [data[0][0], data[0][data[0].length - 1]];
  escalationChart = new uPlot({
    width,
    height: 110,
    cursor: { sync: { key: sync.key }, drag: { x: false, y: false } },
    legend: { show: true, live: true },
    scales: { x: { time: true, range: () => [x0, nextPeriod(x1, interval)] } },
    axes: [
      { stroke: '#44505c', grid: { stroke: '#eef1f4' } },
      { label: 'escalation', stroke: '#44505c', grid: { stroke: '#eef1f4' }, size: 56 },
      { side: 1, show: true, size: 50, values: () => [], grid: { show: false } },
    ],
    series: [
      { value: (_u, v) => (v == null ? '' : toIso(v)) },
      { label: 'Escalation index', stroke: '#b5651d', width: 1.25, fill: '#b5651d22', points: { show: false },
        value: (_u, v) => (v == null ? '' : v.toFixed(2)) },
      { label: 'Alert threshold', stroke: '#c23b22', dash: [4, 4], width: 1, points: { show: false } },
    ],
  }, esc, escHost);
}

export function resizeTimeline(host: HTMLElement) {
  const width = Math.max(400, host.clientWidth);
  chart?.setSize({ width, height: 250 });
  escalationChart?.setSize({ width, height: 110 });
}
