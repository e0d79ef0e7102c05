#!/usr/bin/env bash
# Start-up yardstick (issue 7): builds sre-ladder and the bare Boot + Shell app of the same
# versions (bench/bare-shell), runs each one-shot command RUNS times, alternating, and prints the
# medians of wall time, CPU time and peak RSS (/usr/bin/time), and the ratios the issue sets:
#   evaluate one profile / bare app          wall and RSS ≤ 1.3
#   evaluate 10,000 profiles / one profile   wall ≤ 1.5
#   plan one profile / evaluate it           wall ≤ 1.1
# java -jar target/sre-ladder.jar starts each command in a second, tuned JVM (dev.sreladder.launch):
# /usr/bin/time's peak RSS is then the larger of the two JVMs, so the 'tree' column adds the peak
# of both together, sampled every 10 ms in one more run. 'direct' is evaluate run in the JVM the
# user started (-Dladder.launch=direct), as before the tuned launch. 'script' is the convention of
# Java CLIs (Maven, Gradle and jbang ship one): a launcher script that starts one JVM with the same
# flags and class-data archive; it is made here from the tuned JVM's own command line.
# Usage: bench/startup.sh [RUNS]   (default 5; run it on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -B -q package -DskipTests
(cd bench/bare-shell && ../../mvnw -B -q package -DskipTests)

# A cohort of 10,000 profiles: the samples, copied over and over under new ids.
mkdir -p "$work/cohort"
i=0
while [ $i -lt 10000 ]; do
  for sample in samples/*.yaml; do
    [ $i -lt 10000 ] || break
    sed '/^id:/d' "$sample" > "$work/cohort/p$(printf %05d $i).yaml"
    i=$((i + 1))
  done
done

# The script variant: the command line the launcher gives the tuned JVM (read from /proc while the
# shell waits for input), run by a script in one JVM instead.
mkfifo "$work/shell-input"
java -jar target/sre-ladder.jar < "$work/shell-input" > /dev/null 2>&1 &
launcher=$!
exec 3> "$work/shell-input"
tuned=""
for _ in $(seq 1 200); do
  tuned=$(pgrep -P "$launcher" || true)
  [ -n "$tuned" ] && break
  sleep 0.05
done
mapfile -d '' tuned_command < "/proc/$tuned/cmdline"
exec 3>&-
wait "$launcher" || true
{
  echo '#!/bin/sh'
  printf 'exec %q -Dladder.launch=direct' "${tuned_command[0]}"
  for arg in "${tuned_command[@]:1}"; do
    case $arg in -Dladder.tuned=*) ;; *) printf ' %q' "$arg" ;; esac
  done
  echo ' "$@"'
} > "$work/sre-ladder"
chmod +x "$work/sre-ladder"

declare -A commands=(
  [bare]="java -jar bench/bare-shell/target/bare-shell.jar hello"
  [evaluate]="java -jar target/sre-ladder.jar evaluate samples/maya-chen.yaml --format json"
  [plan]="java -jar target/sre-ladder.jar plan samples/maya-chen.yaml --format json"
  [folder]="java -jar target/sre-ladder.jar evaluate $work/cohort --format json"
  [direct]="java -Dladder.launch=direct -jar target/sre-ladder.jar evaluate samples/maya-chen.yaml --format json"
  [script]="$work/sre-ladder evaluate samples/maya-chen.yaml --format json"
)
order=(bare evaluate plan folder direct script)
for run in $(seq 1 "$runs"); do
  for name in "${order[@]}"; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/$name.$run" ${commands[$name]} > "$work/out" 2>/dev/null
  done
done

# Peak of the summed RSS (KiB) of a command and its child processes, sampled every 10 ms.
tree_peak() {
  $1 > "$work/out" 2>/dev/null &
  local pid=$! peak=0 sum p r
  while kill -0 $pid 2>/dev/null; do
    sum=0
    for p in $pid $(pgrep -P $pid); do
      r=$(awk '/^VmRSS/ { print $2 }' /proc/$p/status 2>/dev/null || true)
      sum=$((sum + ${r:-0}))
    done
    [ $sum -gt $peak ] && peak=$sum
    sleep 0.01
  done
  wait $pid || true
  echo $peak
}
declare -A tree
for name in "${order[@]}"; do
  tree[$name]=$(tree_peak "${commands[$name]}")
done

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
declare -A wall cpu rss
printf '%-9s %8s %12s %8s %10s %10s   (medians of %s runs; tree: one sampled run)\n' command wall_s wall_range \
  cpu_s rss_MiB tree_MiB "$runs"
for name in "${order[@]}"; do
  wall[$name]=$(cat "$work/$name".* | awk '{ print $1 }' | median)
  range=$(cat "$work/$name".* | awk '{ print $1 }' | sort -n | sed -n '1p;$p' | paste -sd-)
  cpu[$name]=$(cat "$work/$name".* | awk '{ print $2 + $3 }' | median)
  rss[$name]=$(cat "$work/$name".* | awk '{ print $4 / 1024 }' | median)
  printf '%-9s %8.2f %12s %8.2f %10.0f %10.0f\n' "$name" "${wall[$name]}" "$range" "${cpu[$name]}" "${rss[$name]}" \
    "$(awk -v k="${tree[$name]}" 'BEGIN { print k / 1024 }')"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo
echo "evaluate / bare      wall $(ratio "${wall[evaluate]}" "${wall[bare]}")  rss $(ratio "${rss[evaluate]}" "${rss[bare]}")  tree $(ratio "${tree[evaluate]}" "${tree[bare]}")   (target ≤ 1.30)"
echo "folder / evaluate    wall $(ratio "${wall[folder]}" "${wall[evaluate]}")              (target ≤ 1.50)"
echo "plan / evaluate      wall $(ratio "${wall[plan]}" "${wall[evaluate]}")              (target ≤ 1.10)"
echo "direct / bare        wall $(ratio "${wall[direct]}" "${wall[bare]}")  rss $(ratio "${rss[direct]}" "${rss[bare]}")   (without the tuned JVM)"
echo "evaluate / script    wall $(ratio "${wall[evaluate]}" "${wall[script]}")  cpu $(ratio "${cpu[evaluate]}" "${cpu[script]}")  tree $(ratio "${tree[evaluate]}" "${tree[script]}")   (the launcher's cost)"

# The interactive shell: time to the first prompt, ours beside the bare app's (same pseudo-terminal set-up).
echo
bench/first-prompt.sh "$runs"
