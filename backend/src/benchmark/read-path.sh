#!/usr/bin/env bash
# Read-path benchmark (issue 13): wrk (64 connections, keep-alive, one thread) against the
# app started with the README run command, next to nginx serving the same bytes of the case
# page from a file. Prints throughput, p50 and p99 per request, and the app's heap. It is
# not part of ./mvnw verify. Needs Debian's wrk and nginx, curl, python3 and the JDK's jcmd.
#
#   backend/src/benchmark/read-path.sh                   # start the app (README run command), measure, stop it
#   backend/src/benchmark/read-path.sh --url http://localhost:8080   # measure a running app
#   backend/src/benchmark/read-path.sh --distinct 100000 # also: 100 000 distinct URLs, heap before/after
#   backend/src/benchmark/read-path.sh --url http://localhost:8080 --no-table --distinct 100000   # only those
#
# Options: --duration 10s (one wrk run), --max-runs 40 (warm-up runs per request at most),
# --min-warm 60 and --min-warm-member 300 (seconds of load on a request before its runs may
# count as settled; a logged-in page runs the most code, and C2 takes minutes for it),
# --distinct-time 10m (the distinct URLs stop after this time at the latest, the count is printed),
# --user demo-mitglied --password demo (the logged-in row), --keep-going (no stop of the app
# at the end). Warm-up: each request is run again and again until two consecutive runs agree
# within 10 % in throughput (the JIT has settled); the last run is the one printed.
# Logged in: a session cookie from a real login of a demo member at Keycloak (the dev run
# provisions the demo users), done by the script like a browser would (authorization code
# flow, Keycloak's login form in two steps).
# The machine may be shared: next to throughput and latency the table gives the CPU the
# serving program got during the run (cores) and the requests it served per CPU second.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
URL=""
DURATION=10s
MAX_RUNS=40
MIN_WARM=60
MIN_WARM_MEMBER=300
DISTINCT=0
USER_NAME=demo-mitglied
PASSWORD=demo
KEEP=false
TABLE=true
DISTINCT_TIME=10m
while [[ $# -gt 0 ]]; do
	case "$1" in
		--url) URL=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--max-runs) MAX_RUNS=$2; shift 2 ;;
		--min-warm) MIN_WARM=$2; shift 2 ;;
		--min-warm-member) MIN_WARM_MEMBER=$2; shift 2 ;;
		--distinct) DISTINCT=$2; shift 2 ;;
		--user) USER_NAME=$2; shift 2 ;;
		--password) PASSWORD=$2; shift 2 ;;
		--keep-going) KEEP=true; shift ;;
		--no-table) TABLE=false; shift ;;
		--distinct-time) DISTINCT_TIME=$2; shift 2 ;;
		*) echo "unknown option $1" >&2; exit 2 ;;
	esac
done

CASE=/praxis/stellenanzeigen-als-humorvolle-videos
LIST="/praxis?kanal=INSTAGRAM&thema=Recruiting"
PLAN=/veranstaltungen/barcamp-social-media-in-der-verwaltung-2027/plan
SEARCH="/suche?q=video"
NGINX_PORT=18088

WORK=$(mktemp -d /tmp/impulsnetz-benchmark.XXXXXX)
APP_GROUP=""
NGINX_PID=""
cleanup() {
	if [[ -n "$NGINX_PID" ]]; then kill "$NGINX_PID" 2>/dev/null || true; fi
	if [[ -n "$APP_GROUP" && "$KEEP" == false ]]; then
		kill -- "-$APP_GROUP" 2>/dev/null || true
		wait "$APP_GROUP" 2>/dev/null || true
	fi
}
trap cleanup EXIT

for tool in wrk nginx curl python3 jcmd ss; do
	command -v "$tool" >/dev/null || { echo "needs $tool (Debian: apt-get install -y wrk nginx curl python3)" >&2; exit 1; }
done

if [[ -z "$URL" ]]; then
	URL=http://localhost:8080
	if curl -sf -o /dev/null "$URL/actuator/health"; then
		echo "Something answers on $URL already; stop it or pass --url $URL" >&2
		exit 1
	fi
	echo "Starting the app with the README run command (log: $WORK/app.log) ..."
	cd "$ROOT"
	setsid ./mvnw -pl backend -am compile spring-boot:run >"$WORK/app.log" 2>&1 &
	APP_GROUP=$!
	for _ in $(seq 1 300); do
		curl -sf -o /dev/null "$URL/actuator/health" && break
		kill -0 "$APP_GROUP" 2>/dev/null || { echo "the app did not start, see $WORK/app.log" >&2; exit 1; }
		sleep 2
	done
fi
PORT=${URL##*:}
PORT=${PORT%%/*}
PID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
echo "App: $URL, pid $PID"
echo "JIT of the app: $(jcmd "$PID" VM.flags | tr ' ' '\n' | grep -E 'TieredStopAtLevel|UseSerialGC|UseG1GC' | tr '\n' ' ')"
echo "  (no TieredStopAtLevel=1: the full compiler)"
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) (other work runs here too)"

# The same bytes as the case page, from a file, for nginx.
mkdir -p "$WORK/www" "$WORK/nginx"
curl -sf "$URL$CASE" -o "$WORK/www/case.html"
# nginx's workers run as an unprivileged user: they must read the file.
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$WORK/www/case.html"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	keepalive_requests 1000000;
	types { text/html html; }
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $WORK/www;
	}
}
EOF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' &
NGINX_PID=$!
sleep 1

# The issue's example of a static asset: the 1.7 kB font stylesheet, under its hashed name.
ASSET=$(grep -o '/vendor/kern/fonts/fira-sans[^"]*\.css' "$WORK/www/case.html" | head -1)
ETAG=$(curl -sfI "$URL$CASE" | tr -d '\r' | grep -i '^etag:' | cut -d' ' -f2- || true)

login() {
	python3 - "$URL" "$USER_NAME" "$PASSWORD" <<'PY'
import html, http.cookiejar, re, sys, urllib.parse, urllib.request
base, user, password = sys.argv[1:4]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
def visit(url, data=None):
    # Keycloak's cookies are Secure; browsers send them to localhost over http, so do we.
    for cookie in jar:
        cookie.secure = False
    return opener.open(url, data)
page = visit(base + "/oauth2/authorization/keycloak").read().decode()
for _ in range(3):
    form = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page)
    if not form:
        break
    fields = {"username": user} if 'name="username"' in page else {}
    if 'name="password"' in page:
        fields["password"] = password
    response = visit(html.unescape(form.group(1)), urllib.parse.urlencode(fields).encode())
    page = response.read().decode()
    if response.geturl().startswith(base):
        break
print(next((c.value for c in jar if c.name == "IMPULSNETZ_SESSION"), ""))
PY
}
SESSION=$(login 2>"$WORK/login.log" || true)

# CPU time (clock ticks) the processes of the serving program used so far: the app, or
# nginx's master and workers.
cpu_ticks() {
	local pids=$1 total=0 pid
	for pid in $pids; do
		total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
	done
	echo "$total"
}

# One wrk run: prints "throughput p50 p99 non-2xx cpu-share requests-per-cpu-second". The
# machine is shared: how much CPU the server got during the run says what the figures mean.
run() {
	local pids=$1 url=$2; shift 2
	local before after
	before=$(cpu_ticks "$pids")
	wrk -t1 -c64 -d"$DURATION" --timeout 10s --latency "$@" "$url" >"$WORK/wrk.out"
	after=$(cpu_ticks "$pids")
	python3 - "$((after - before))" "$(getconf CLK_TCK)" "$WORK/wrk.out" <<'PY'
import re, sys
ticks, hz = int(sys.argv[1]), int(sys.argv[2])
text = open(sys.argv[3]).read()
def ms(v):
    n, u = re.match(r"([\d.]+)(\w+)", v).groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[u]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(re.search(r"^\s*50%\s+(\S+)", text, re.M).group(1))
p99 = ms(re.search(r"^\s*99%\s+(\S+)", text, re.M).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
seconds = float(re.search(r"requests in ([\d.]+)s", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
cpu = ticks / hz
share = cpu / seconds
per_cpu = requests / cpu if cpu > 0 else 0
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {non2xx.group(1) if non2xx else 0} {share:.2f} {per_cpu:.0f}")
PY
}

# Runs until the request has had WARM seconds of load and two consecutive runs agree
# within 10 % in throughput, at most MAX_RUNS times.
RUN_SECONDS=$(python3 -c "import re, sys; n, u = re.match(r'(\d+)(\w*)', sys.argv[1]).groups(); print(int(n) * {'': 1, 's': 1, 'm': 60, 'h': 3600}[u])" "$DURATION")
WARM=$MIN_WARM
settled() {
	local name=$1; shift
	local previous="" result="" runs=0
	while ((runs < MAX_RUNS)); do
		result=$(run "$@")
		runs=$((runs + 1))
		echo "  $name run $runs: $result" >&2
		# Two runs that served nothing (every request slower than wrk's timeout) do not agree.
		if ((runs * RUN_SECONDS >= WARM)) && [[ -n "$previous" ]] && python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); sys.exit(0 if b > 0 and abs(a - b) <= 0.1 * max(a, b) else 1)" "${previous%% *}" "${result%% *}"; then
			break
		fi
		previous=$result
	done
	printf '%-40s %8s %9s %9s %7s %9s %9s %5s\n' "$name" $result "$runs" >>"$WORK/table"
}

heap() {
	jcmd "$PID" GC.run >/dev/null
	jcmd "$PID" GC.heap_info | grep -iE 'total|used' | head -2 | sed 's/^/    /'
}

if [[ "$TABLE" == true ]]; then
# A fresh app compiles templates and loads classes on the first requests: one at a time first.
for path in "$CASE" "$LIST" "$PLAN" "$SEARCH" "$ASSET"; do
	for _ in 1 2 3; do curl -s -o /dev/null --max-time 60 "$URL$path" || true; done
done
echo "Warm-up and measurement, wrk -t1 -c64 -d$DURATION (runs per request: at least ${MIN_WARM} s of load, ${MIN_WARM_MEMBER} s logged in, then until two agree within 10 %):"
: >"$WORK/table"
NGINX_PIDS="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
settled "nginx, the case page's bytes from a file" "$NGINX_PIDS" "http://127.0.0.1:$NGINX_PORT/case.html"
settled "case page, anonymous" "$PID" "$URL$CASE"
if [[ -n "$SESSION" ]]; then
	WARM=$MIN_WARM_MEMBER
	settled "case page, logged in ($USER_NAME)" "$PID" "$URL$CASE" -H "Cookie: IMPULSNETZ_SESSION=$SESSION"
	# The least a member's page costs: the smallest page, with session and security.
	settled "/impressum, logged in (smallest page)" "$PID" "$URL/impressum" -H "Cookie: IMPULSNETZ_SESSION=$SESSION"
	WARM=$MIN_WARM
else
	echo "case page, logged in: no session (login failed, see $WORK/login.log)" >>"$WORK/table"
fi
if [[ -n "$ETAG" ]]; then
	settled "case page, If-None-Match (304)" "$PID" "$URL$CASE" -H "If-None-Match: $ETAG"
	# nginx answers If-None-Match from its own entity tag of the file: the same 304.
	NGINX_ETAG=$(curl -sfI "http://127.0.0.1:$NGINX_PORT/case.html" | tr -d '\r' | grep -i '^etag:' | cut -d' ' -f2- || true)
	settled "nginx, If-None-Match (304)" "$NGINX_PIDS" "http://127.0.0.1:$NGINX_PORT/case.html" -H "If-None-Match: $NGINX_ETAG"
else
	echo "case page, If-None-Match (304): the app sends no ETag" >>"$WORK/table"
fi
settled "/praxis with two filters" "$PID" "$URL$LIST"
settled "event plan" "$PID" "$URL$PLAN"
settled "search /suche?q=video" "$PID" "$URL$SEARCH"
if [[ -n "$ASSET" ]]; then
	settled "static asset (fira-sans.css, hashed)" "$PID" "$URL$ASSET"
fi

echo
printf '%-40s %8s %9s %9s %7s %9s %9s %5s\n' "request" "req/s" "p50 ms" "p99 ms" "non-2xx" "CPU used" "req/CPU-s" "runs"
cat "$WORK/table"
echo
echo "Heap of the app after the run (after a full GC):"
heap
fi

if ((DISTINCT > 0)); then
	echo
	echo "$DISTINCT distinct URLs (search queries, filtered lists, case page with a query string):"
	echo "  heap before:"
	heap
	cat >"$WORK/distinct.lua" <<EOF
local total = $DISTINCT
local sent, received = 0, 0
local kinds = { "/suche?q=wort", "/praxis?kanal=INSTAGRAM&thema=", "$CASE?v=" }
request = function()
	sent = sent + 1
	return wrk.format("GET", kinds[(sent % 3) + 1] .. sent)
end
response = function(status, headers, body)
	received = received + 1
	if received >= total then wrk.thread:stop() end
end
EOF
	wrk -t1 -c64 -d"$DISTINCT_TIME" --timeout 10s -s "$WORK/distinct.lua" "$URL" | grep -E 'requests in|Requests/sec|Non-2xx|errors' | sed 's/^/  /'
	echo "  heap after:"
	heap
fi
