# Sourced by ./kring and ./run-tests: points JAVA_HOME at a JDK 21 or newer.
# Order: $JAVA_HOME, the `java` on PATH, then the JDKs under /usr/lib/jvm (newest first).

kring_java_major() {  # prints the feature version of the given java binary, e.g. 21
  # A JDK's `release` file names its version; reading it costs nothing, while asking the JVM starts one
  # (about 0.2 s of CPU per candidate on every ./kring). The JVM is asked only when there is no such file.
  local release major
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    major=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$release" | head -n 1)
    if [ -n "$major" ]; then echo "$major"; return 0; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

kring_find_jdk() {
  local candidates=() java_home major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  if [ -d /usr/lib/jvm ]; then
    while IFS= read -r java_home; do candidates+=("$java_home"); done \
      < <(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d | sort -rV)
  fi
  for java_home in "${candidates[@]}"; do
    [ -x "$java_home/bin/java" ] && [ -x "$java_home/bin/javac" ] || continue
    major=$(kring_java_major "$java_home/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$java_home"
      return 0
    fi
  done
  echo "kring: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "kring: install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME." >&2
  return 1
}
