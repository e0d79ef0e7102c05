#!/usr/bin/env bash
# Time to the first interactive prompt (issue 16): sre-ladder's shell beside the bare Boot + Shell
# app (bench/bare-shell), each started RUNS times, alternating, on a pseudo-terminal of its own
# (util-linux 'script', 120x40), timed from the start until the prompt's text appears on the
# terminal; then 'exit' is typed. Prints the medians and the ratio (target ≤ 1.3).
# Expects both jars built (bench/startup.sh builds them and calls this).
# Usage: bench/first-prompt.sh [RUNS]   (default 5; run it on a quiet machine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"

# Milliseconds from the start of the command until the prompt text is on its terminal.
first_prompt() {
  local prompt=$1 command=$2 out="$work/terminal" input="$work/keys"
  rm -f "$out" "$input"
  mkfifo "$input"
  local start end
  start=$(date +%s%N)
  HOME="$work/home" SRE_LADDER_HOME="$work/home/data" \
    script -qfec "stty cols 120 rows 40; exec $command" /dev/null < "$input" > "$out" 2>&1 &
  local pid=$!
  exec 4> "$input"
  local waited=0
  until grep -q -- "$prompt" "$out" 2>/dev/null; do
    sleep 0.005
    waited=$((waited + 1))
    if [ $waited -gt 12000 ]; then echo "no prompt '$prompt' from: $command" >&2; kill $pid; exit 1; fi
  done
  end=$(date +%s%N)
  printf 'exit\r' >&4
  exec 4>&-
  wait $pid || true
  echo $(( (end - start) / 1000000 ))
}

declare -A prompts=([bare]="shell:>" [shell]="sre-ladder:>")
declare -A commands=(
  [bare]="java -jar bench/bare-shell/target/bare-shell.jar"
  [shell]="java -jar target/sre-ladder.jar"
)
order=(bare shell)
for run in $(seq 1 "$runs"); do
  for name in "${order[@]}"; do
    first_prompt "${prompts[$name]}" "${commands[$name]}" >> "$work/$name.ms"
  done
done
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
declare -A ms
printf '%-9s %14s %16s   (first interactive prompt, medians of %s runs)\n' shell prompt_s range_s "$runs"
for name in "${order[@]}"; do
  ms[$name]=$(median < "$work/$name.ms")
  range=$(sort -n "$work/$name.ms" | sed -n '1p;$p' | awk '{ printf "%.2f\n", $1 / 1000 }' | paste -sd-)
  printf '%-9s %14.2f %16s\n' "$name" "$(awk -v m="${ms[$name]}" 'BEGIN { print m / 1000 }')" "$range"
done
echo
echo "shell / bare first prompt  $(awk -v a="${ms[shell]}" -v b="${ms[bare]}" 'BEGIN { printf "%.2f", a / b }')   (target ≤ 1.30)"
