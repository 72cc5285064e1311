// Typed access to the JSON API of `faultline serve` (docs/api.md).

export interface EvidencePart { text: string; role?: 'trigger' | 'source' | 'target' }
export interface Evidence { sentence: string; parts: EvidencePart[] }
export interface Article { title: string; outlet: string; url: string; day: string | null }
export interface EventRow {
  id: number; date: string; date_basis: string; source: string; target: string;
  source_text: string; target_text: string; code: string; root: string; quad: number;
  goldstein: number; plover: string; confidence: number; mentions: number; articles: number;
  sources: number; doc_id: number; sentence: number;
  location: { name: string; country: string | null; latitude: number | null; longitude: number | null } | null;
  article: Article; evidence: Evidence | null;
}
export interface Mention {
  id: number; doc_id: number; outlet: string; sentence: number; date: string; date_basis: string;
  article: Article & { duplicate_of: number | null }; evidence: Evidence | null;
}
export interface Dyad {
  source: string; target: string; events: number; quad1: number; quad2: number; quad3: number; quad4: number;
  goldstein_mean: number; conflict: number; first_day: string; last_day: string;
  source_name: string | null; target_name: string | null;
}
export interface SeriesPoint {
  period: string; events: number; quad1: number; quad2: number; quad3: number; quad4: number;
  goldstein_sum: number; goldstein_mean: number; conflict?: number;
}
export interface EscalationPoint { day: string; index: number; window: number; baseline: number }
export interface Alert {
  id: number; kind: string; day: string; actor1: string; actor2: string; mediator: string | null;
  value: number; baseline: number; score: number; message: string; event_ids: number[];
}
export interface LocationPoint {
  name: string; country: string | null; latitude: number; longitude: number; events: number;
  conflict_events: number; goldstein_mean: number; last_day: string;
}
export interface DocumentView {
  id: number; title: string; outlet: string; url: string; day: string | null; text: string;
  events: { event_id: number; sentence: number; trigger: [number, number]; source_span: [number, number];
            target_span: [number, number]; code: string; source: string; target: string; quad: number;
            plover: string }[];
}
export interface Info { documents: number; events: number; first_day: string; last_day: string; schema_version: number }

export type Params = Record<string, string | number | undefined>;

export async function get<T>(path: string, params: Params = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== '') query.set(k, String(v));
  }
  const qs = query.toString();
  const response = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body as T;
}
