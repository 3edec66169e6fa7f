#!/usr/bin/env bash
# One machine standing in for the multi-node setup: one PostgreSQL, RabbitMQ, two workers, two web nodes.
set -euo pipefail
mkdir -p "${WORK:-/tmp/sagsgang-deploy}"
cd "${WORK:-/tmp/sagsgang-deploy}"
S=${SAGSGANG:-sagsgang}
PY=${PYTHON:-python3}
rm -rf gen idx1 idx2 docs more w*.log s*.log
psql -q postgresql://postgres@localhost/test -c 'DROP SCHEMA IF EXISTS deploy_demo CASCADE' 2>/dev/null
export SAGSGANG_DB='postgresql://postgres@localhost/test?options=-csearch_path%3Ddeploy_demo'
export SAGSGANG_BROKER='amqp://guest:guest@127.0.0.1:5672/%2F'
$S demo-data --out gen --municipalities 2 --years 1 --formats txt,html --seed 5 >/dev/null
ls gen/docs | sed -n '1,40p' | while read f; do mkdir -p docs; cp "gen/docs/$f" docs/; done
ls gen/docs | sed -n '41,60p' | while read f; do mkdir -p more; cp "gen/docs/$f" more/; done
# no ingest first: the first worker creates the store (schema deploy_demo)
$S worker --queue deploy-demo > w1.log 2>&1 & W1=$!
$S worker --queue deploy-demo > w2.log 2>&1 & W2=$!
trap 'kill $W1 $W2 ${S1:-} ${S2:-} 2>/dev/null' EXIT
$S enqueue docs --queue deploy-demo
# the web nodes start once a worker has made the store (serve refuses a schema nothing was stored in)
until [ "$(cat w1.log w2.log | grep -c '^\(new\|unchanged\)')" -ge 1 ]; do sleep 0.2; done
SAGSGANG_INDEX_DIR=$PWD/idx1 $S serve --port 8701 > s1.log 2>&1 & S1=$!
SAGSGANG_INDEX_DIR=$PWD/idx2 $S serve --port 8702 > s2.log 2>&1 & S2=$!
until [ "$(cat w1.log w2.log | grep -c '^\(new\|unchanged\)')" -ge 40 ]; do sleep 0.5; done
echo "worker 1: $(grep -c . w1.log) documents, worker 2: $(grep -c . w2.log) documents"
for p in 8701 8702; do until curl -sf "http://127.0.0.1:$p/" >/dev/null; do sleep 0.5; done; done
q() { curl -sf "http://127.0.0.1:$1/api/v1/search?q=$2&limit=100" | $PY -c 'import json,sys; d=json.load(sys.stdin); print(d.get("totalItems", d.get("total")), len(json.dumps(d.get("items", d.get("results")), sort_keys=True)))'; }
for w in budget skole lokalplan; do echo "search $w: node1 $(q 8701 $w) node2 $(q 8702 $w)"; done
$S enqueue more --queue deploy-demo
until [ "$(cat w1.log w2.log | grep -c '^\(new\|unchanged\)')" -ge 60 ]; do sleep 0.5; done
sleep 2  # each web node applies the change log in the background every second (search/follow.py)
for w in budget skole lokalplan; do echo "after 20 more: search $w: node1 $(q 8701 $w) node2 $(q 8702 $w)"; done
psql -qAt "postgresql://postgres@localhost/test" -c "SELECT count(*) FROM deploy_demo.documents" | sed 's/^/documents stored: /'
psql -qAt "postgresql://postgres@localhost/test" -c "SELECT node, position FROM deploy_demo.index_positions ORDER BY node"
psql -qAt "postgresql://postgres@localhost/test" -c "SELECT count(*) FROM deploy_demo.index_queue" | sed 's/^/log rows left: /'
