# Sourced by ./kring: the JVM's start-up cache for kring.jar (docs/performance.md, "Start-up").
#
# Most of a small build's time is the JVM starting up: loading and linking some 5,000 classes and
# interpreting code until the JIT has compiled it. The JDK can keep that work in a cache file:
#   JDK 25+    an AOT cache (JEP 483, 514, 515): classes loaded and linked ahead of time, plus the
#              method profiles of a training run, so the JIT compiles the hot code sooner;
#   JDK 21-24  a dynamic AppCDS archive (-XX:+AutoCreateSharedArchive): the classes, parsed ahead of time.
# The cache is made once per jar and JDK by a training run: `kring build` of this repository's own
# site into a temporary folder (so it never touches the user's output), its output and messages
# discarded. `kring check` has a cache of its own, trained on a check the first time one runs: a check
# runs a part of what a build runs, and a cache trained on a build had it load, link and compile for
# indexing it never does (a check of the sample 0.70 -> 0.67 s, docs/performance.md, "Start-up").
# The caches live in generator/target/jvm-cache/ (never checked in) under a name made from the
# JDK and the jar, so a rebuilt jar or another JDK gets caches of its own; older ones are removed.
# A cache the JVM cannot use is skipped by the JVM itself (the run goes on without it, its complaint
# silenced); a training run that fails is not retried for the same jar and JDK.
# KRING_JVM_CACHE=off runs without the cache (to compare, or when it is not wanted).
#
# A long build goes without it (kring_short_run decides; call it first): JDK 25 compiles at start-up what
# the training run compiled, and for a build of minutes that early C2 work only competes with the build.
# The large benchmark network (27,000 files): 85.5 s on one core without the cache, 115 s with it (88 s with
# the cache but without that replay); on two cores 45.6 s and 46.6 s.

kring_jvm_cache() {  # usage: kring_jvm_cache JAR ROOT [COMMAND]; appends to the array java_options
  local jar="$1" root="$2" training=build suffix="" kring_major major dir key cache
  if [ "${3:-}" = "check" ]; then
    training=check suffix="-check"
  fi
  [ "${KRING_JVM_CACHE:-on}" = "off" ] && return 0
  [ -z "${kring_long_build:-}" ] || return 0
  kring_read_java_major "$JAVA_HOME/bin/java"
  major="$kring_major"
  [ -n "$major" ] && [ "$major" -ge 21 ] || return 0
  dir="${jar%/*}/jvm-cache"
  # The JVM checks the jar's size and time itself; the key adds the JDK, so switching JDKs keeps both working.
  kring_cache_key "$jar" || return 0
  if [ "$major" -ge 25 ]; then
    cache="$dir/kring-$major-$key$suffix.aot"
  else
    cache="$dir/kring-$major-$key$suffix.jsa"
  fi
  if [ ! -f "$cache" ] && [ ! -f "$cache.failed" ]; then
    kring_jvm_cache_train "$jar" "$root" "$major" "$dir" "$cache" "$training" "kring-$major-$key"
  fi
  [ -f "$cache" ] || return 0
  if [ "$major" -ge 25 ]; then
    java_options+=("-XX:AOTCache=$cache" "-Xlog:aot*=off,cds*=off")
  else
    java_options+=("-XX:SharedArchiveFile=$cache" "-Xlog:cds*=off")
  fi
}

# Sets key (in the caller) to a number naming this JDK (its real folder, maker and exact version) and this
# jar (its size and time). Hashed in bash (32-bit FNV-1a over about 150 characters): one program fewer to
# start on every ./kring.
kring_cache_key() {  # usage: kring_cache_key JAR
  local jdk line version="" stamp text i code hash=2166136261
  jdk="$(cd -P "$JAVA_HOME" 2>/dev/null && pwd -P)" || jdk="$JAVA_HOME"
  if [ -f "$JAVA_HOME/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in IMPLEMENTOR=*|JAVA_RUNTIME_VERSION=*|JAVA_VERSION=*) version+="$line;" ;; esac
    done <"$JAVA_HOME/release"
  fi
  stamp="$(stat -c '%s %Y' "$1")" || return 1
  text="$jdk|$version|$stamp"
  for ((i = 0; i < ${#text}; i++)); do
    printf -v code '%d' "'${text:i:1}"
    hash=$(( ((hash ^ (code & 255)) * 16777619) & 4294967295 ))
  done
  key="$hash"
}

kring_jvm_cache_train() {  # usage: kring_jvm_cache_train JAR ROOT MAJOR DIR CACHE build|check NAME
  local jar="$1" root="$2" major="$3" dir="$4" cache="$5" training="$6" name="$7" work site status=0
  mkdir -p "$dir" || return 0
  # the caches of other jars and JDKs go; this jar's other cache (build or check) stays
  find "$dir" -maxdepth 1 -type f \( -name 'kring-*.aot' -o -name 'kring-*.jsa' -o -name 'kring-*.failed' \) \
    ! -name "$name.*" ! -name "$name-*" -delete 2>/dev/null || true
  if [ "$training" = "check" ]; then
    kring_say "een snellere start voorbereiden (eenmalig voor deze versie; een paar seconden)..." \
      "preparing a faster start for this jar and JDK (once; a few seconds)..."
  else
    kring_say "een snellere start voorbereiden (eenmalig voor deze versie; ongeveer 15 seconden)..." \
      "preparing a faster start for this jar and JDK (once; about 15 s)..."
  fi
  work="$(mktemp -d)"
  site="$root"
  if [ ! -f "$root/site-config.yml" ]; then
    # no site here to train on: a small generated network stands in for it
    site="$work/site"
    "$JAVA_HOME/bin/java" -jar "$jar" bench-corpus --size small --out "$site" >/dev/null 2>&1 || status=$?
  fi
  local output=("-XX:AOTCacheOutput=$work/kring.aot")
  [ "$major" -ge 25 ] || output=("-XX:SharedArchiveFile=$work/kring.jsa" "-XX:+AutoCreateSharedArchive")
  if [ "$status" -eq 0 ]; then
    # Exit code 1 (content errors) still trains what it ran; only a cache file counts.
    local command=(build --root "$site" --out "$work/out")
    [ "$training" = "check" ] && command=(check --root "$site")
    "$JAVA_HOME/bin/java" "${output[@]}" -jar "$jar" "${command[@]}" \
      --now 2026-11-23T12:00 >"$work/training.log" 2>&1 || true
  fi
  local made
  for made in "$work/kring.aot" "$work/kring.jsa"; do
    # copied next to its place under a name no run looks for, then renamed: a kring started meanwhile
    # sees the whole cache or none
    if [ -s "$made" ] && mv -f "$made" "$cache.$$.part" 2>/dev/null; then
      mv -f "$cache.$$.part" "$cache" || rm -f "$cache.$$.part"
    fi
  done
  if [ ! -f "$cache" ]; then
    cp "$work/training.log" "$cache.failed" 2>/dev/null || : >"$cache.failed"
    kring_say "de snellere start is niet gelukt (zie $cache.failed); kring werkt zonder, maar start trager" \
      "could not prepare the faster start (see $cache.failed); kring runs without it"
  fi
  rm -rf "$work"
}

# A short run gains from a JIT that only compiles quickly (C1, no C2) and the serial collector: with the
# AOT cache, the sample's build took 38% less CPU with C1 only and 13% less with the serial GC (and 100 MB
# less memory). A small starting heap (-Xms64m, so a young generation of about 20 MB instead of the JVM's
# default, a 64th of the machine's memory) keeps the short run's garbage in memory the processor has just
# used instead of touching fresh pages: the sample's build 12% and its check 22% faster (median of five,
# interleaved). FreeMarker calls the templates' methods by reflection, and since JDK 18 the first call of each
# method spins method-handle classes (78 in a check of the sample) that a short run never gets back; the
# JDK's native accessors skip that: the check 6-9% faster. See docs/performance.md, "Start-up".
#
# How short is short was measured on 2 cores with the AOT cache (`build`, -Xmx1g, wall time):
#   Markdown files       JVM defaults (C2, G1)   C1 only   all of the above
#   2,744 (medium)       8.5-8.7 s               7.0-7.2   6.6
#   4,461                11.9                    10.7      11.4
#   8,187                16.9-17.5               16.6      18.2-18.4
#   27,153 (large)       44.3                    57.5      -
# So `build` and `check` get all of it below 3,000 Markdown files and C1 alone below 8,000; `serve` (a
# long run) and larger sites keep the JVM's defaults. From 1,000 files the parallel collector replaces the
# serial one: its young collections use both cores while the build waits for them. Interleaved, five builds
# each: the medium network 5.25 -> 4.96 s wall (the same CPU, 275 -> 488 MB resident); the small one (270
# files) and the sample the same either way, so they keep the serial collector and its smaller footprint.
# KRING_JVM_FLAGS=default keeps the JVM's defaults always.
# A build or check of 8,000 files or more is a long build: kring_long_build=yes (no start-up cache), with the
# JVM's defaults but for when G1 starts marking the old generation. A long build promotes each region's pages,
# which live until the region is written, and they die in the old generation; G1's adaptive threshold then
# started a concurrent cycle about every 1.5 s (25-31 in a build of the large benchmark network at -Xmx1g,
# 10-13 s of marking on its one concurrent thread, while the live heap after a full collection is about
# 200 MB). Marking from 70% of the heap, with 15% kept free for evacuation: 4-5 cycles, no full collection,
# and about 9% less CPU and 8% less wall time (docs/performance.md, "The large build's collector").
# A long build also has C2 inline less: only methods of up to 100 bytes of bytecode at hot call sites (the
# default is 325) and none whose compiled code is over 500 bytes (default 2,500). C2 had been the busiest
# thread of the large build, compiling for about 22 s of its 70 s of CPU on one of the two cores; with less
# inlining it compiles for about 9 s, and the rendering and indexing threads did not get slower: 35.7-38.6 s
# -> 29.2-30.8 s wall, 66-72 -> 51-55 s user CPU (interleaved runs; docs/performance.md, "The large build's
# compiler").
kring_short_run() {  # usage: kring_short_run ARGS...; appends to the array java_options, sets kring_long_build
  # and kring_command (the command run: build, check, serve, ...)
  local command="" site="." prev="" arg files
  kring_long_build=""
  for arg in "$@"; do
    case "$arg" in --root=*) site="${arg#--root=}" ;; esac
    if [ "$prev" = "--root" ]; then
      site="$arg"
    elif [ -z "$command" ] && [[ "$arg" != -* ]] && [ "$prev" != "--lang" ]; then
      command="$arg"
    fi
    prev="$arg"
  done
  kring_command="$command"
  [ "${KRING_JVM_FLAGS:-auto}" = "default" ] && return 0
  case "$command" in build|check) ;; *) return 0 ;; esac
  # one dot per Markdown file: a single program to start instead of a pipe of three
  files=$(find "$site/content" -type f -name '*.md' -printf . 2>/dev/null) || true
  if [ "${#files}" -lt 3000 ]; then
    local collector="-XX:+UseSerialGC"
    [ "${#files}" -lt 1000 ] || collector="-XX:+UseParallelGC"
    java_options+=("-XX:TieredStopAtLevel=1" "$collector" "-Xms64m" "-Djdk.reflect.useNativeAccessorOnly=true")
  elif [ "${#files}" -lt 8000 ]; then
    java_options+=("-XX:TieredStopAtLevel=1")
  else
    kring_long_build=yes
    java_options+=("-XX:-G1UseAdaptiveIHOP" "-XX:InitiatingHeapOccupancyPercent=70" "-XX:G1ReservePercent=15"
      "-XX:FreqInlineSize=100" "-XX:InlineSmallCode=500")
  fi
}

# Options the user adds for the JVM (KRING_JAVA_OPTIONS, split at spaces), after the launcher's own so that
# they win: a larger heap for a national network (-Xmx4g), or a GC log, as the benchmark asks for.
kring_user_options() {  # appends to the array java_options
  local extra option kept=() small_max=""
  [ -n "${KRING_JAVA_OPTIONS:-}" ] || return 0
  read -r -a extra <<<"$KRING_JAVA_OPTIONS"
  for option in "${extra[@]}"; do
    # the short run's starting heap goes when the user sizes the starting heap, or allows less than 64 MB
    [[ "$option" == -Xms* ]] && small_max=yes
    if [[ "$option" =~ ^-Xmx([0-9]+)([kKmMgGtT]?)$ ]]; then
      case "${BASH_REMATCH[2]}" in
        ""|k|K) small_max=yes ;;
        m|M) [ "${BASH_REMATCH[1]}" -ge 64 ] || small_max=yes ;;
      esac
    fi
  done
  if [ -n "$small_max" ]; then
    for option in ${java_options[@]+"${java_options[@]}"}; do
      [ "$option" = "-Xms64m" ] || kept+=("$option")
    done
    java_options=(${kept[@]+"${kept[@]}"})
  fi
  java_options+=("${extra[@]}")
}
