# Sourced by ./kring and ./run-tests: points JAVA_HOME at a JDK 21 or newer.
# Order: $JAVA_HOME, the `javac` on PATH, then the newest JDK under /usr/lib/jvm.
#
# Every ./kring runs this before the JVM starts, so it uses bash itself wherever it can: each program it
# starts (dirname, sed, find, sort) cost about 10 ms on the 2-core machine, and the launcher used to start
# some 30 of them, 0.3 s before every `kring build` (docs/performance.md, "Start-up").

kring_choose_language() {  # usage: kring_choose_language "$@"; sets kring_lang to nl or en
  # As kring itself chooses (cli/LanguageChoice): --lang, else KRING_LANG, else Dutch, the editors' language.
  kring_lang="${KRING_LANG:-nl}"
  local previous="" argument
  for argument in "$@"; do
    case "$argument" in
      --lang=*) kring_lang="${argument#--lang=}" ;;
      *) [ "$previous" = "--lang" ] && kring_lang="$argument" ;;
    esac
    previous="$argument"
  done
  [ "$kring_lang" = "en" ] || kring_lang="nl"
}

kring_say() {  # usage: kring_say DUTCH ENGLISH; the launcher's own line to the editor, on stderr
  if [ "${kring_lang:-${KRING_LANG:-nl}}" = "en" ]; then
    echo "kring: $2" >&2
  else
    echo "kring: $1" >&2
  fi
}

kring_read_java_major() {  # usage: kring_read_java_major JAVA; sets kring_major, e.g. 21 ('' if unknown)
  # A JDK's `release` file names its version; reading it costs nothing, while asking the JVM starts one
  # (about 0.2 s of CPU per candidate). The JVM is asked only when there is no such file.
  local bin="${1%/*}" release line
  release="${bin%/*}/release"
  kring_major=""
  if [ -f "$release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      # 1.8.0_392 is 8, 21.0.5 is 21
      if [[ "$line" =~ ^JAVA_VERSION=\"(1\.)?([0-9]+) ]]; then
        kring_major="${BASH_REMATCH[2]}"
        return 0
      fi
    done <"$release"
  fi
  kring_major=$("$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
}

kring_usable_jdk() {  # usage: kring_usable_jdk HOME; true (and kring_major set) when HOME holds a JDK 21+
  kring_major=""
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  kring_read_java_major "$1/bin/java"
  [ -n "$kring_major" ] && [ "$kring_major" -ge 21 ]
}

kring_find_jdk() {
  local java_home javac kring_major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && kring_usable_jdk "$JAVA_HOME"; then
    export JAVA_HOME
    return 0
  fi
  if javac="$(command -v javac)"; then
    java_home="$(readlink -f "$javac")"
    java_home="${java_home%/bin/javac}"
    if kring_usable_jdk "$java_home"; then
      export JAVA_HOME="$java_home"
      return 0
    fi
  fi
  for java_home in /usr/lib/jvm/*/; do
    java_home="${java_home%/}"
    if kring_usable_jdk "$java_home" && [ "$kring_major" -gt "$best_major" ]; then
      best="$java_home"
      best_major="$kring_major"
    fi
  done
  if [ -n "$best" ]; then
    export JAVA_HOME="$best"
    return 0
  fi
  kring_say "geen JDK 21 of nieuwer gevonden (gezocht in JAVA_HOME, PATH en /usr/lib/jvm)." \
    "no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)."
  kring_say "installeer er een (bijvoorbeeld: apt-get install openjdk-21-jdk) of stel JAVA_HOME in." \
    "install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME."
  return 1
}
