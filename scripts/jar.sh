# Sourced by ./kring: whether generator/target/kring.jar must be built (again).
#
# The jar is made from the generator's sources and build files, and from the JSON Schemas in docs/schema
# (packaged for the editor's forms in `kring serve`'s /admin/): a change to any of them builds it again.

kring_jar_outdated() {  # usage: kring_jar_outdated ROOT JAR; true when JAR is missing or older than its inputs
  local root="$1" jar="$2" inputs=() input
  [ -f "$jar" ] || return 0
  for input in "$root/generator/src/main" "$root/generator/pom.xml" "$root/pom.xml" "$root/docs/schema"; do
    [ -e "$input" ] && inputs+=("$input")
  done
  [ ${#inputs[@]} -gt 0 ] || return 1
  [ -n "$(find "${inputs[@]}" -newer "$jar" -print -quit)" ]
}
