// The Faultline dashboard: one page over the read-only API. The selected dyad and filters live in
// the URL fragment (#dyad=SRB,KSV&from=…), so a view can be bookmarked and shared.
import 'uplot/dist/uPlot.min.css';
import './style.css';
import { get, type Alert, type Dyad, type DocumentView, type EscalationPoint, type EventRow, type Info,
         type LocationPoint, type Mention, type Params, type SeriesPoint } from './api';
import { articleLink, el, evidenceNode, fmtInt, fmtNum, highlightBytes, QUAD_NAMES } from './format';
import { renderMap } from './map';
import { goldsteinColor, renderMatrix } from './matrix';
import { renderTimeline, resizeTimeline, type Interval } from './timeline';

interface State { source: string; target: string; from: string; to: string; quads: number[]; q: string }

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const state: State = { source: '', target: '', from: '', to: '', quads: [1, 2, 3, 4], q: '' };
let dyads: Dyad[] = [];
let nextCursor: string | null = null;
let generation = 0;  // discards answers to superseded requests

function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  const [s, t] = (h.get('dyad') ?? '').split(',');
  state.source = s ?? ''; state.target = t ?? '';
  state.from = h.get('from') ?? ''; state.to = h.get('to') ?? '';
  state.q = h.get('q') ?? '';
  const quads = (h.get('quad') ?? '1,2,3,4').split(',').map(Number).filter((n) => n >= 1 && n <= 4);
  state.quads = quads.length ? quads : [1, 2, 3, 4];
}

function writeHash() {
  const h = new URLSearchParams();
  if (state.source && state.target) h.set('dyad', `${state.source},${state.target}`);
  if (state.from) h.set('from', state.from);
  if (state.to) h.set('to', state.to);
  if (state.q) h.set('q', state.q);
  if (state.quads.length < 4) h.set('quad', state.quads.join(','));
  const next = `#${h.toString()}`;
  if (location.hash !== next) history.replaceState(null, '', next);
}

function syncControls() {
  $<HTMLInputElement>('dyad-source').value = state.source;
  $<HTMLInputElement>('dyad-target').value = state.target;
  $<HTMLInputElement>('f-from').value = state.from;
  $<HTMLInputElement>('f-to').value = state.to;
  $<HTMLInputElement>('f-text').value = state.q;
  for (const box of $('f-quads').querySelectorAll<HTMLInputElement>('input')) box.checked = state.quads.includes(Number(box.value));
}

const actorName = (code: string) => {
  const d = dyads.find((x) => x.source === code && x.source_name) ?? dyads.find((x) => x.target === code && x.target_name);
  return d ? (d.source === code ? d.source_name : d.target_name) ?? code : code;
};

function eventFilter(): Params {
  return {
    dyad: state.source && state.target ? `${state.source},${state.target}` : undefined,
    from: state.from || undefined, to: state.to || undefined, q: state.q || undefined,
    quad: state.quads.length < 4 ? state.quads.join(',') : undefined,
  };
}

function showError(host: HTMLElement, error: unknown) {
  host.replaceChildren(el('p', { class: 'error' }, `Could not load: ${(error as Error).message}`));
}

// ---- dyad list -------------------------------------------------------------------------------

function renderDyadList() {
  const filter = $<HTMLInputElement>('dyad-search').value.trim().toUpperCase();
  const list = $('dyad-list');
  list.replaceChildren();
  const seen = new Set<string>();
  for (const d of dyads) {
    const key = [d.source, d.target].sort().join('-');
    if (seen.has(key)) continue;
    seen.add(key);
    const back = dyads.find((x) => x.source === d.target && x.target === d.source);
    const total = d.events + (back?.events ?? 0);
    const label = `${d.source} – ${d.target}`;
    const names = `${actorName(d.source)} – ${actorName(d.target)}`;
    if (filter && !label.includes(filter) && !names.toUpperCase().includes(filter)) continue;
    const conflict = (d.quad3 + d.quad4 + (back ? back.quad3 + back.quad4 : 0)) / Math.max(1, total);
    const item = el('li', { 'data-dyad': `${d.source}-${d.target}`, title: names },
      el('span', { class: 'dyad-name' }, label),
      el('span', { class: 'dyad-bar' }, el('i', { style: `width:${Math.round(conflict * 100)}%` })),
      el('span', { class: 'dyad-count' }, fmtInt(total)));
    const hit = (state.source === d.source && state.target === d.target) || (state.source === d.target && state.target === d.source);
    if (hit) item.classList.add('selected');
    item.addEventListener('click', () => selectDyad(d.source, d.target));
    list.append(item);
    if (list.children.length >= 40) break;
  }
}

function selectDyad(source: string, target: string) {
  state.source = source; state.target = target;
  refresh();
}

// ---- events table ----------------------------------------------------------------------------

function eventRow(e: EventRow): HTMLTableRowElement {
  const tr = el('tr', { 'data-event': String(e.id), class: `quad${e.quad}` });
  const g = el('td', { class: 'num' }, fmtNum(e.goldstein));
  g.style.color = e.goldstein < 0 ? '#a3301b' : e.goldstein > 0 ? '#245d92' : '#44505c';
  tr.append(
    el('td', { class: 'date', title: e.date_basis === 'text' ? 'date from the text' : 'publication date' },
       e.date, e.date_basis === 'text' ? '' : el('sup', {}, 'pub')),
    el('td', { class: 'actor', title: e.source_text }, e.source || '—'),
    el('td', { class: 'code', title: `CAMEO ${e.code} · ${QUAD_NAMES[e.quad]}` },
       el('i', { class: `q q${e.quad}` }), el('b', {}, e.code), ' ', e.plover.toLowerCase()),
    el('td', { class: 'actor', title: e.target_text }, e.target || '—'),
    g,
    el('td', { class: 'place' }, e.location?.name ?? '—'),
    el('td', { class: 'ev' }, evidenceNode(e.evidence)),
    el('td', { class: 'art' }, articleLink(e.article.url, e.article.outlet || 'article'),
       e.mentions > 1 ? el('span', { class: 'badge', title: `${e.mentions} mentions in ${e.articles} articles from ${e.sources} outlets` }, `×${e.articles}`) : ''),
  );
  tr.addEventListener('click', (ev) => {
    if ((ev.target as HTMLElement).closest('a')) return;
    openEvent(e.id);
  });
  return tr;
}

async function loadEvents(append: boolean, gen: number) {
  const body = $('events-body');
  try {
    const page = await get<{ events: EventRow[]; next: string | null; count?: number; count_capped?: boolean }>(
      '/api/events', { ...eventFilter(), limit: 50, cursor: append ? nextCursor ?? undefined : undefined, count: append ? undefined : 1 });
    if (gen !== generation) return;
    if (!append) body.replaceChildren();
    for (const e of page.events) body.append(eventRow(e));
    if (!append && !page.events.length) {
      // A text search reads a bounded number of matching sentences per request: an empty page with a
      // next cursor means none of the newest matches passed the other filters, not that none will.
      const message = page.next ? 'No events among the newest text matches; “More” searches older ones.' : 'No events match.';
      body.append(el('tr', {}, el('td', { colspan: '8', class: 'empty' }, message)));
    }
    nextCursor = page.next;
    $<HTMLButtonElement>('events-more').hidden = !page.next;
    if (page.count !== undefined) {
      $('events-count').textContent = `${fmtInt(page.count)}${page.count_capped ? '+' : ''} events · newest first`;
    }
  } catch (error) {
    showError(body, error);
  }
}

// ---- evidence drawer -------------------------------------------------------------------------

async function openEvent(id: number) {
  const drawer = $('drawer');
  const body = $('drawer-body');
  drawer.hidden = false;
  for (const row of document.querySelectorAll('tr.active')) row.classList.remove('active');
  document.querySelector(`tr[data-event="${id}"]`)?.classList.add('active');
  body.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const { event: e, mentions } = await get<{ event: EventRow; mentions: Mention[] }>(`/api/events/${id}`);
    $('drawer-title').textContent = `Event ${e.id}`;
    const facts = el('dl', { class: 'facts' });
    const fact = (k: string, v: string | Node) => facts.append(el('dt', {}, k), el('dd', {}, v));
    fact('Who', `${e.source_text || e.source} (${e.source || '?'}) → ${e.target_text || e.target} (${e.target || '?'})`);
    fact('What', `CAMEO ${e.code} · ${e.plover} · ${QUAD_NAMES[e.quad]}`);
    const gold = el('span', { class: 'gold' }, fmtNum(e.goldstein));
    gold.style.background = goldsteinColor(e.goldstein);
    fact('Goldstein', gold);
    fact('When', `${e.date} (${e.date_basis === 'text' ? 'from the text' : 'publication date'})`);
    fact('Where', e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ''}` : '—');
    fact('Reports', `${e.mentions} mention${e.mentions === 1 ? '' : 's'} · ${e.articles} article${e.articles === 1 ? '' : 's'} · ${e.sources} outlet${e.sources === 1 ? '' : 's'}`);
    fact('Confidence', e.confidence.toFixed(2));
    const list = el('ol', { class: 'mentions' });
    for (const m of mentions) {
      const open = el('button', { class: 'link' }, 'Read the article with its events');
      open.addEventListener('click', () => openDocument(m.doc_id, list));
      list.append(el('li', { class: 'mention' },
        el('div', { class: 'mention-head' }, el('b', {}, m.article.title || `document ${m.doc_id}`)),
        el('div', { class: 'muted' }, `${m.outlet} · ${m.article.day ?? m.date} · sentence ${m.sentence}`,
           m.article.duplicate_of ? ' · re-published copy' : ''),
        el('blockquote', { class: 'evidence-quote' }, evidenceNode(m.evidence)),
        el('div', { class: 'mention-links' }, articleLink(m.article.url, 'Open the article ↗'), ' ', open)));
    }
    body.replaceChildren(facts, el('h3', {}, 'Evidence'),
      el('p', { class: 'legend-line' }, el('mark', { class: 'ev-source' }, 'source'), ' ', el('mark', { class: 'ev-trigger' }, 'action'), ' ', el('mark', { class: 'ev-target' }, 'target')),
      list);
  } catch (error) {
    showError(body, error);
  }
}

async function openDocument(docId: number, after: HTMLElement) {
  try {
    const doc = await get<DocumentView>(`/api/documents/${docId}`);
    document.getElementById('doc-view')?.remove();
    const spans = doc.events.flatMap((e) => [
      { start: e.trigger[0], end: e.trigger[1], cls: `ev-trigger q${e.quad}`, title: `event ${e.event_id}: CAMEO ${e.code} ${e.plover} (${e.source} → ${e.target})` },
      { start: e.source_span[0], end: e.source_span[1], cls: 'ev-source', title: e.source },
      { start: e.target_span[0], end: e.target_span[1], cls: 'ev-target', title: e.target },
    ]);
    const text = el('div', { class: 'doc-text' }, ...highlightBytes(doc.text, spans));
    after.after(el('section', { id: 'doc-view', class: 'doc-view' },
      el('h3', {}, doc.title || doc.id.toString()),
      el('div', { class: 'muted' }, `${doc.outlet} · ${doc.day ?? ''} · ${doc.events.length} coded events `, articleLink(doc.url, 'original ↗')),
      text));
  } catch (error) {
    showError(after, error);
  }
}

// ---- alerts ----------------------------------------------------------------------------------

function renderAlerts(alerts: Alert[]) {
  const list = $('alerts');
  list.replaceChildren();
  if (!alerts.length) list.append(el('li', { class: 'empty' }, 'No alerts for this selection.'));
  for (const a of alerts) {
    const item = el('li', { class: `alert ${a.kind}` },
      el('div', { class: 'alert-head' }, el('span', { class: 'alert-kind' }, a.kind), el('span', { class: 'alert-day' }, a.day),
         el('span', { class: 'alert-score' }, a.kind === 'escalation' ? `index ${a.score.toFixed(1)}` : `${a.value} events`)),
      el('div', { class: 'alert-msg' }, a.message));
    item.addEventListener('click', () => {
      state.source = a.actor1; state.target = a.actor2;
      const day = Date.parse(`${a.day}T00:00:00Z`);
      state.from = new Date(day - 35 * 86400e3).toISOString().slice(0, 10);
      state.to = new Date(day + 14 * 86400e3).toISOString().slice(0, 10);
      refresh();
    });
    list.append(item);
  }
}

// Months for spans over four years, weeks over half a year, else days: a few hundred bars at most.
function timelineInterval(): Interval {
  const both = dyads.filter((d) => (d.source === state.source && d.target === state.target) || (d.source === state.target && d.target === state.source));
  const first = state.from || both.map((d) => d.first_day).sort()[0] || '2000-01-01';
  const last = state.to || both.map((d) => d.last_day).sort().reverse()[0] || new Date().toISOString().slice(0, 10);
  const days = (Date.parse(last) - Date.parse(first)) / 86400e3;
  return days > 4 * 365 ? 'month' : days > 180 ? 'week' : 'day';
}

// ---- refresh ---------------------------------------------------------------------------------

async function refresh() {
  const gen = ++generation;
  writeHash();
  syncControls();
  renderDyadList();
  const hasDyad = Boolean(state.source && state.target);
  $('timeline-title').textContent = hasDyad
    ? `${actorName(state.source)} – ${actorName(state.target)} (${state.source}–${state.target}, both directions)`
    : 'Dyad timeline — pick a dyad';
  $('events-title').textContent = hasDyad ? `Events ${state.source} ⇄ ${state.target}` : 'Events (all actors)';
  renderMatrix($('matrix'), dyads, hasDyad ? [state.source, state.target] : null, 10, selectDyad);

  const range = { from: state.from || undefined, to: state.to || undefined };
  const tasks: Promise<void>[] = [loadEvents(false, gen)];
  if (hasDyad) {
    const interval = timelineInterval();
    tasks.push(get<{ points: SeriesPoint[]; escalation: EscalationPoint[] }>('/api/series',
      { source: state.source, target: state.target, interval, ...range })
      .then((s) => {
        if (gen !== generation) return;
        renderTimeline($('timeline'), $('escalation'), s.points, interval, s.escalation, (from, to) => {
          state.from = from; state.to = to; refresh();
        });
      })
      .catch((error) => showError($('timeline'), error)));
  } else {
    $('timeline').replaceChildren(el('p', { class: 'empty' }, 'Pick a dyad from the list or the matrix to see its timeline.'));
    $('escalation').replaceChildren();
  }
  tasks.push(get<{ locations: LocationPoint[] }>('/api/locations', { ...eventFilter(), limit: 200 })
    .then((l) => {
      if (gen !== generation) return;
      $('map-hint').textContent = `${l.locations.length} places`;
      return renderMap($('map'), l.locations);
    })
    .catch((error) => showError($('map'), error)));
  tasks.push(get<{ alerts: Alert[] }>('/api/alerts', { actor: hasDyad ? state.source : undefined, limit: 100, ...range })
    .then((r) => {
      if (gen !== generation) return;
      const mine = hasDyad ? r.alerts.filter((a) => [a.actor1, a.actor2].includes(state.target) || a.mediator === state.target) : r.alerts;
      $('alerts-hint').textContent = `${mine.length} shown`;
      renderAlerts(mine.slice(0, 30));
    })
    .catch((error) => showError($('alerts'), error)));
  await Promise.all(tasks);
  if (gen === generation) document.body.dataset.ready = String(gen);
}

async function start() {
  readHash();
  try {
    const info = await get<Info>('/api/info');
    $('store-info').replaceChildren(
      el('span', {}, el('b', {}, fmtInt(info.events)), ' events'),
      el('span', {}, el('b', {}, fmtInt(info.documents)), ' articles'),
      el('span', {}, `${info.first_day || '—'} → ${info.last_day || '—'}`));
    dyads = (await get<{ dyads: Dyad[] }>('/api/dyads', { limit: 300 })).dyads;
  } catch (error) {
    showError($('store-info'), error);
  }
  if (!state.source && dyads.length) {
    state.source = dyads[0].source;
    state.target = dyads[0].target;
  }
  const apply = () => {
    state.source = $<HTMLInputElement>('dyad-source').value.trim().toUpperCase();
    state.target = $<HTMLInputElement>('dyad-target').value.trim().toUpperCase();
    refresh();
  };
  $('dyad-apply').addEventListener('click', apply);
  for (const id of ['dyad-source', 'dyad-target']) $(id).addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter') apply(); });
  $('dyad-search').addEventListener('input', renderDyadList);
  $('f-from').addEventListener('change', () => { state.from = $<HTMLInputElement>('f-from').value; refresh(); });
  $('f-to').addEventListener('change', () => { state.to = $<HTMLInputElement>('f-to').value; refresh(); });
  $('f-quads').addEventListener('change', () => {
    state.quads = [...$('f-quads').querySelectorAll<HTMLInputElement>('input:checked')].map((b) => Number(b.value));
    refresh();
  });
  let typing = 0;
  $('f-text').addEventListener('input', () => {
    clearTimeout(typing);
    typing = window.setTimeout(() => { state.q = $<HTMLInputElement>('f-text').value.trim(); refresh(); }, 300);
  });
  $('f-reset').addEventListener('click', () => { Object.assign(state, { from: '', to: '', q: '', quads: [1, 2, 3, 4] }); refresh(); });
  $('events-more').addEventListener('click', () => loadEvents(true, generation));
  $('drawer-close').addEventListener('click', () => { $('drawer').hidden = true; });
  window.addEventListener('hashchange', () => { readHash(); refresh(); });
  let resizing = 0;
  window.addEventListener('resize', () => { clearTimeout(resizing); resizing = window.setTimeout(() => resizeTimeline($('timeline')), 150); });
  await refresh();
}

start();
