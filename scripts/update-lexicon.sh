#!/usr/bin/env bash
# Regenerates the Dutch lexicon the search decompounds with (generator/src/main/lexicon/lexicon-nl.txt.gz) from
# the OpenTaal word list as Debian packages it (wdutch, /usr/share/dict/dutch). Building the jar turns it into
# the resources the search reads (nl.kring.search.LexiconResources); its licence ships next to them.
# Kept: lower-case words of letters only (accents allowed), 2-30 characters, sorted, one per line.
# Dropped: names (capitals), abbreviations and words with digits, hyphens, apostrophes or dots.
#   apt-get install wdutch && scripts/update-lexicon.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_list="${1:-/usr/share/dict/dutch}"
out="$root/generator/src/main/lexicon"
licence="$root/generator/src/main/resources/nl/kring/search"
if [[ ! -r "$source_list" ]]; then
  echo "update-lexicon: $source_list not found; install the word list with: apt-get install wdutch" >&2
  exit 2
fi
LC_ALL=C.UTF-8 grep -P '^\p{Ll}+$' "$source_list" | awk 'length($0) >= 2 && length($0) <= 30' \
  | LC_ALL=C sort -u | gzip -9 -n > "$out/lexicon-nl.txt.gz"
version="$(dpkg-query -W -f='${Version}' wdutch 2>/dev/null || echo unknown)"
{
  echo "Dutch lexicon of Kring's search: derived from the OpenTaal word list (Debian package wdutch $version)"
  echo "by scripts/update-lexicon.sh. OpenTaal offers the word list under a choice of the BSD licence or"
  echo "Creative Commons Attribution 3.0; Kring uses it under the BSD licence, reproduced below."
  echo
  if [[ -r /usr/share/doc/wdutch/copyright ]]; then cat /usr/share/doc/wdutch/copyright; fi
} > "$licence/lexicon-nl.LICENSE.txt"
echo "lexicon: $(gzip -dc "$out/lexicon-nl.txt.gz" | wc -l) words, $(wc -c < "$out/lexicon-nl.txt.gz") bytes"
