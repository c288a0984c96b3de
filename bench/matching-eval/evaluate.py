#!/usr/bin/env python3
"""Known-item evaluation of matching on csl-items.tsv: a demand made of 1, 2 or all of a paper's keywords
should find that paper's own 所能 listing first.

  evaluate.py rest ITEMS BASE_URL USER:PASSWORD   loads the items through the REST API, asks the app, scores
                                                  it and the baseline in the same run; then revises the
                                                  listings to their halves and does the same for long demands
  evaluate.py file ITEMS RANKINGS                 scores rankings written by MatchingEvaluation (in-process)
  evaluate.py halves ITEMS RANKINGS               the same for long demands (MatchingEvaluation with
                                                  -Devaluation.demands=halves): the first half of a paper's
                                                  abstract should find the 所能 made of its title, keywords
                                                  and the other half

Figures: recall@1, recall@10, MRR@10 and same-discipline precision@10 (share of the 10 proposals from the
paper's CSL discipline), per demand size and per half (dev, test, all). The baseline is a character-bigram
BM25 (k1=1.2, b=0.75) over title + abstract + keywords, computed here, outside the app.
"""
import base64, collections, json, math, re, sys, time, urllib.request
from concurrent.futures import ThreadPoolExecutor

SIZES = ('1', '2', 'all')


def load_items(path):
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        return [dict(zip(header, line.rstrip('\n').split('\t'))) for line in f if line.strip()]


def abstract_halves(abstract):
    """The abstract cut at the sentence end nearest its middle (at the middle itself if it has none)."""
    ends = [i + 1 for i, c in enumerate(abstract) if c in SENTENCE_ENDS and 0 < i + 1 < len(abstract)]
    cut = min(ends, key=lambda e: (abs(2 * e - len(abstract)), e)) if ends else len(abstract) // 2
    return abstract[:cut], abstract[cut:]


SENTENCE_ENDS = '。；！？.;!?'


def demand_keywords(item, size):
    keywords = item['keywords'].split(';')
    return keywords if size == 'all' else keywords[:int(size)]


# ---- baseline: character-bigram BM25 --------------------------------------------------------------
def bigrams(text):
    grams = []
    for run in re.findall(r'\w+', text.lower()):
        grams += [run] if len(run) == 1 else [run[i:i + 2] for i in range(len(run) - 1)]
    return grams


class Bm25:
    def __init__(self, docs, k1=1.2, b=0.75):
        self.k1, self.b, self.postings, self.lengths = k1, b, collections.defaultdict(dict), {}
        for doc_id, text in docs.items():
            grams = bigrams(text)
            self.lengths[doc_id] = len(grams)
            for gram, tf in collections.Counter(grams).items():
                self.postings[gram][doc_id] = tf
        self.avg = sum(self.lengths.values()) / len(self.lengths)

    def search(self, text, limit=10):
        scores, n = collections.defaultdict(float), len(self.lengths)
        for gram, qtf in collections.Counter(bigrams(text)).items():
            docs = self.postings.get(gram, {})
            idf = math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
            for doc_id, tf in docs.items():
                norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[doc_id] / self.avg)
                scores[doc_id] += qtf * idf * tf * (self.k1 + 1) / norm
        return [d for d, _ in sorted(scores.items(), key=lambda e: (-e[1], e[0]))[:limit]]


def baseline_rankings(items):
    bm25 = Bm25({i['id']: ' '.join((i['title'], i['abstract'], i['keywords'].replace(';', ' '))) for i in items})
    return {(i['id'], s): bm25.search(' '.join(demand_keywords(i, s))) for i in items for s in SIZES}


def baseline_half_rankings(items):
    bm25 = Bm25({i['id']: ' '.join((i['title'], abstract_halves(i['abstract'])[1], i['keywords'].replace(';', ' ')))
                 for i in items})
    return {(i['id'], 'half'): bm25.search(abstract_halves(i['abstract'])[0]) for i in items}


# ---- scoring ----------------------------------------------------------------------------------------
def figures(items, rankings, sizes=SIZES):
    discipline = {i['id']: i['discipline'] for i in items}
    table = {}
    for half in ('dev', 'test', 'all'):
        for size in sizes:
            chosen = [i for i in items if half in ('all', i['split'])]
            if not chosen:
                continue
            r1 = r10 = mrr = p10 = 0.0
            for i in chosen:
                ranked = rankings.get((i['id'], size), [])[:10]
                if ranked and ranked[0] == i['id']:
                    r1 += 1
                if i['id'] in ranked:
                    r10 += 1
                    mrr += 1 / (ranked.index(i['id']) + 1)
                p10 += sum(1 for d in ranked if discipline.get(d) == i['discipline']) / 10
            n = len(chosen)
            table[(half, size)] = (r1 / n, r10 / n, mrr / n, p10 / n)
    return table


def report(app, baseline):
    print('half  keywords  system    recall@1  recall@10  MRR@10  same-discipline P@10')
    for (half, size), a in app.items():
        b = baseline[(half, size)]
        for name, f in (('app', a), ('baseline', b)):
            print(f'{half:5} {size:9} {name:9} {f[0]:8.3f}  {f[1]:9.3f}  {f[2]:6.3f}  {f[3]:8.3f}')
        print(f'{"":16}{"app-base":9} {a[0]-b[0]:+8.3f}  {a[1]-b[1]:+9.3f}  {a[2]-b[2]:+6.3f}  {a[3]-b[3]:+8.3f}')


# ---- the app through its REST API ------------------------------------------------------------------
class Api:
    def __init__(self, base_url, credentials):
        self.base = base_url.rstrip('/') + '/api/v1/listings'
        self.auth = 'Basic ' + base64.b64encode(credentials.encode()).decode()

    def call(self, method, path, body=None):
        data = b'' if body is None else json.dumps(body, ensure_ascii=False).encode('utf-8')
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={
            'Authorization': self.auth, 'Accept': 'application/json', 'Content-Type': 'application/json'})
        for attempt in range(3):
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    text = response.read().decode('utf-8')
                    return json.loads(text) if text else None
            except urllib.error.HTTPError as e:
                raise RuntimeError(f'{method} {path}: {e.code} {e.read().decode("utf-8", "replace")[:300]}')
            except OSError:
                if attempt == 2:
                    raise
                time.sleep(1)


def supply_body(item, run, half=False):
    abstract = abstract_halves(item['abstract'])[1] if half else item['abstract']
    return {'externalId': f'{item["id"]}-{run}', 'side': 'SUPPLY', 'kind': 'ACHIEVEMENT',
            'title': item['title'][:100], 'description': abstract[:5000],
            'keywords': item['keywords'][:500], 'disciplineCode': item['discipline_code'],
            'ownerName': 'CSL 评测集'}


def demand_body(keywords, run, n):
    text = '、'.join(keywords)
    return {'externalId': f'csl-demand-{run}-{n}', 'side': 'DEMAND', 'kind': 'REQUIREMENT',
            'title': text[:100], 'description': text, 'keywords': ';'.join(keywords)[:500],
            'ownerName': 'CSL 评测集'}


def half_demand_body(item, run, n):
    """A long demand: the first half of the abstract; the title is required, 技术需求 is all stop words."""
    return {'externalId': f'csl-demand-{run}-{n}', 'side': 'DEMAND', 'kind': 'REQUIREMENT',
            'title': '技术需求', 'description': abstract_halves(item['abstract'])[0][:5000], 'keywords': '',
            'ownerName': 'CSL 评测集'}


def await_reference_data(api):
    """Seeds (disciplines, cities) are loaded by a job after a first start; codes are refused until then."""
    for _ in range(240):
        try:
            api.call('POST', '', {'externalId': f'csl-probe-{time.time_ns()}', 'side': 'DEMAND', 'kind': 'REQUIREMENT',
                                  'title': '参考数据探测', 'disciplineCode': '520', 'publish': False})
            return
        except RuntimeError:
            time.sleep(0.5)
    raise RuntimeError('reference data not loaded within 120 s')


def rest_rankings(items, api, threads=4):
    """Keyword demands against the papers, then long demands against the same listings revised to their halves."""
    run = time.strftime('%Y%m%d%H%M%S')
    await_reference_data(api)
    started = time.time()
    with ThreadPoolExecutor(threads) as pool:
        created = list(pool.map(lambda i: api.call('POST', '', supply_body(i, run))['id'], items))
    item_of = dict(zip(created, (i['id'] for i in items)))
    print(f'loaded {len(items)} supplies in {time.time() - started:.0f} s', file=sys.stderr)
    try:
        rankings = ask_all(api, item_of, [(i, s) for i in items for s in SIZES],
                           lambda item, size, n: demand_body(demand_keywords(item, size), run, n), run, threads,
                           'keywords')
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(lambda pair: api.call('PUT', f'/{pair[0]}', supply_body(pair[1], run, half=True)),
                          zip(created, items)))
        rankings.update(ask_all(api, item_of, [(i, 'half') for i in items],
                                lambda item, size, n: half_demand_body(item, run, n), run, threads, 'half'))
        return rankings
    finally:
        # leave the system as it was, also after a failure: left open, these supplies would compete in the next run
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(lambda listing_id: api.call('POST', f'/{listing_id}/close'), created))


def ask_all(api, item_of, work, body_of, run, threads, phase):
    """One demand listing per worker, revised for each query: the demand side stays small, nothing is left over."""
    started = time.time()
    chunks = [work[k::threads] for k in range(threads)]

    def ask(chunk_no):
        chunk, answers, worker = chunks[chunk_no], {}, f'{phase}-{chunk_no}'
        demand = api.call('POST', '', demand_body(['评测'], run, worker))['id']
        for item, size in chunk:
            api.call('PUT', f'/{demand}', body_of(item, size, worker))
            matches = api.call('GET', f'/{demand}/matches?limit=10')['matches']
            answers[(item['id'], size)] = [item_of.get(m['listingId'], f'other-{m["listingId"]}') for m in matches]
        api.call('POST', f'/{demand}/close')
        return answers

    rankings = {}
    with ThreadPoolExecutor(threads) as pool:
        for answers in pool.map(ask, range(threads)):
            rankings.update(answers)
    print(f'{len(work)} demands answered in {time.time() - started:.0f} s', file=sys.stderr)
    return rankings


def read_rankings(path):
    rankings = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            item, size, ranked = (line.rstrip('\n').split('\t') + [''])[:3]
            rankings[(item, size)] = [r for r in ranked.split(',') if r]
    return rankings


def main(args):
    items = load_items(args[1])
    if args[0] == 'halves':
        report(figures(items, read_rankings(args[2]), ('half',)), figures(items, baseline_half_rankings(items), ('half',)))
        return
    app = rest_rankings(items, Api(args[2], args[3])) if args[0] == 'rest' else read_rankings(args[2])
    report(figures(items, app), figures(items, baseline_rankings(items)))
    if args[0] == 'rest':
        report(figures(items, app, ('half',)), figures(items, baseline_half_rankings(items), ('half',)))


if __name__ == '__main__':
    main(sys.argv[1:])
