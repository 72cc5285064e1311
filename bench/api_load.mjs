// Latency of filtered event queries against a running `faultline serve` (used by bench/api_bench.sh).
// Sends a fixed, seeded mix of /api/events queries over keep-alive connections from `clients`
// concurrent loops and reports p50/p95/p99/max per query kind and overall.
//
//   node bench/api_load.mjs http://127.0.0.1:PORT [requests=3000] [clients=1]
import http from 'node:http';

const [origin, requestsArg = '3000', clientsArg = '1'] = process.argv.slice(2);
const total = Number(requestsArg), clients = Number(clientsArg);
const agent = new http.Agent({ keepAlive: true, maxSockets: clients });

let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rand() * a.length)];
const roots = ['SRB', 'KSV', 'USA', 'RUS', 'IGOEUR', 'ALB', 'MKD', 'MNE', 'BIH', 'HRV', 'DEU', 'FRA', 'GBR', 'TUR', 'CHN', 'UKR', 'IGOUNO'];
const agents = ['GOV', 'MIL', 'COP', 'OPP', 'LEG', 'CVL'];
const codes = ['010', '020', '036', '042', '046', '057', '111', '112', '130', '141', '172', '173', '180', '190'];
const words = ['detained', 'talks', 'Mitrovica', 'sanctions', 'police', 'agreement', 'Jarinje', 'embargo*'];
// Words in about 2 % of the indexed sentences of the generated store (17,000-20,000 of 1,000,000), and
// several-word searches (all words must occur).
const rare = ['Jarinje', 'Zubin', 'Leposavic', 'Hungary'];
const phrases = ["Serbia's police", 'Kosovo police detained', 'European Union talks', 'Zubin Potok'];
const year = () => 2007 + Math.floor(rand() * 18);
const range = () => { const y = year(); return `from=${y}-01-01&to=${y}-12-31`; };
const pair = () => { const a = pick(roots); let b; do b = pick(roots); while (b === a); return `${a},${b}`; };

const kinds = {
  'dyad': () => `dyad=${pair()}`,
  'dyad+range+quad': () => `dyad=${pair()}&${range()}&quad=3,4`,
  'actor': () => `actor=${pick(roots)}`,
  'actor+range': () => `actor=${pick(roots)}&${range()}`,
  'source agent': () => `source=${pick(roots.slice(0, 3))}${pick(agents)}&target=${pick(roots)}`,
  'code+range': () => `code=${pick(codes)}&${range()}`,
  'root+quad+country': () => `root=${pick(['17', '18', '19'])}&quad=4&country=${pick(['KSV', 'SRB', 'USA'])}`,
  'text': () => `q=${encodeURIComponent(pick(words))}`,
  'text+dyad': () => `q=${encodeURIComponent(pick(words))}&dyad=SRB,KSV`,
  'text rare': () => `q=${encodeURIComponent(pick(rare))}`,
  'text words': () => `q=${encodeURIComponent(pick(phrases))}`,
  'text+actor+range': () => `q=${encodeURIComponent(pick(words))}&actor=${pick(roots)}&${range()}`,
  'text+count': () => `q=${encodeURIComponent(pick(words))}&count=1`,
  'text page 2-4': () => 'cursor',
  'dyad+count': () => `dyad=${pair()}&count=1`,
  'page 2-4': () => 'cursor',
};

function get(path) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    http.get(`${origin}${path}`, { agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (res.statusCode !== 200) reject(new Error(`${path}: HTTP ${res.statusCode} ${Buffer.concat(chunks)}`));
        else resolve({ ms, body: JSON.parse(Buffer.concat(chunks).toString()) });
      });
    }).on('error', reject);
  });
}

const samples = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
const names = Object.keys(kinds);
let sent = 0, events = 0;

async function loop() {
  while (sent < total) {
    const kind = names[sent++ % names.length];
    if (kind.endsWith('page 2-4')) {
      // Follow the keyset cursor of a dyad query (or of a text search): pages 2 to 4 are timed.
      const query = kind === 'page 2-4' ? 'dyad=SRB,KSV' : `q=${encodeURIComponent(pick(words))}`;
      let { body } = await get(`/api/events?${query}&limit=50`);
      for (let page = 2; page <= 4 && body.next; ++page) {
        const r = await get(`/api/events?${query}&limit=50&cursor=${encodeURIComponent(body.next)}`);
        samples[kind].push(r.ms);
        body = r.body;
        events += body.events.length;
      }
      continue;
    }
    const r = await get(`/api/events?${kinds[kind]()}&limit=50`);
    samples[kind].push(r.ms);
    events += r.body.events.length;
  }
}

// Warm up: the store's pages come into the page cache as in a server that has been running.
const direct = names.filter((k) => !k.endsWith('page 2-4'));
for (let i = 0; i < 200; ++i) await get(`/api/events?${kinds[direct[i % direct.length]]()}&limit=50`);
seed = 12345;
const started = Date.now();
await Promise.all(Array.from({ length: clients }, loop));
const seconds = (Date.now() - started) / 1000;

const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const row = (name, xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${name.padEnd(20)} ${String(s.length).padStart(6)} ${pct(s, 50).toFixed(2).padStart(8)} ${pct(s, 95).toFixed(2).padStart(8)} ${pct(s, 99).toFixed(2).padStart(8)} ${s[s.length - 1].toFixed(2).padStart(8)}`;
};
console.log(`${'query'.padEnd(20)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
for (const k of names) if (samples[k].length) console.log(row(k, samples[k]));
const all = Object.values(samples).flat();
console.log(row('text, all kinds', Object.entries(samples).filter(([k]) => k.startsWith('text')).flatMap(([, v]) => v)));
console.log(row('ALL but text', Object.entries(samples).filter(([k]) => !k.startsWith('text')).flatMap(([, v]) => v)));
console.log(row('ALL', all));
console.log(`${all.length} requests in ${seconds.toFixed(1)} s from ${clients} client(s) (${(all.length / seconds).toFixed(0)} req/s), ${events} events returned`);
agent.destroy();
