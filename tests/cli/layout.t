#!/bin/sh
# The layout holds (lib/README): between folders, includes go down the floors
# only (util, text, record/image/link/xml, ocr/extract/review, cmd/fe, cmd),
# and only to a folder's public face: lib/F/F.h, cmd/fe/cli.h or
# cmd/fe/cli-html.h.  A header written without a folder is one of the
# including file's own folder.  Private headers (*-int.h, *-private.h) are
# never included from outside their folder.
. "$(dirname "$0")/lib.sh"

floor() {
	case $1 in
	util) echo 1 ;; text) echo 2 ;;
	record | image | link | xml | table) echo 3 ;;
	ocr | extract | review) echo 4 ;;
	fe) echo 5 ;; cmd) echo 6 ;;
	*) echo 0 ;;
	esac
}

# The folder (by its short name) a source file of tree $1 is in.
folder_of() {
	case $1 in
	lib/*/*) f=${1#lib/}; echo "${f%%/*}" ;;
	cmd/fe/*) echo fe ;;
	cmd/*) echo cmd ;;
	esac
}

# Print every include of tree $1 that breaks the layout, one a line.
breaches() (
	cd "$1" || exit 1
	for src in lib/*/*.[ch] cmd/*.c cmd/fe/*.[ch]; do
		[ -f "$src" ] || continue
		here=$(folder_of "$src")
		dir=$(dirname "$src")
		sed -n 's/^#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$src" |
		while read -r h; do
			case $h in
			*/*)
				to=${h%%/*} base=${h#*/}
				case $to/$base in
				fe/cli.h | fe/cli-html.h) face=1 ;;
				"$to/$to.h") face=1 ;;
				*) face=0 ;;
				esac
				if [ "$(floor "$to")" -eq 0 ] ||
				    [ "$(floor "$to")" -ge "$(floor "$here")" ]; then
					echo "$src: $h: not a lower floor"
				elif [ "$face" -eq 0 ]; then
					echo "$src: $h: not the folder's public header"
				fi ;;
			*)
				[ -f "$dir/$h" ] ||
					echo "$src: $h: not in its own folder" ;;
			esac
		done
	done
)

is "$(breaches "$TOP")" "" "includes go down the floors, to public headers only"

# Print every .c file of tree $1's lib/ that its lib/README does not name
# under its folder (a newcomer reads the map; a file missing from it is a
# room the map does not show).
unmapped() (
	cd "$1" || exit 1
	for src in lib/*/*.c; do
		[ -f "$src" ] || continue
		f=${src#lib/} dir=${f%%/*} base=${f#*/}
		awk -v d="$dir/" -v b="$base" '
			/^[a-z]+\/ / { on = ($1 == d) }
			/^[^ ]/ && !/^[a-z]+\/ / { on = 0 }
			on { for (i = 1; i <= NF; i++) { w = $i; sub(/,$/, "", w)
				if (w == b) found = 1 } }
			END { exit !found }' lib/README || echo "$src"
	done
)

is "$(unmapped "$TOP")" "" "lib/README names every file of lib/ under its folder"

# The check itself can fail: a tree that breaks each rule.
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/lib/util" "$t/lib/text" "$t/lib/extract" "$t/cmd/fe"
printf '#include "text/text.h"\n' >"$t/lib/util/err.c"
printf '#include "extract/extract-private.h"\n' >"$t/lib/text/vntext.c"
printf '#include "util/err.h"\n#include "nowhere.h"\n' >"$t/lib/extract/x.c"
printf '#include "util/util.h"\n' >"$t/cmd/fe/cli.c"
out=$(breaches "$t")
like "$out" "lib/util/err.c: text/text.h: not a lower floor" \
	"a file including a higher floor is caught"
like "$out" "lib/text/vntext.c: extract/extract-private.h: not a lower floor" \
	"a private header from another folder is caught"
like "$out" "lib/extract/x.c: util/err.h: not the folder's public header" \
	"a header behind a folder's face is caught"
like "$out" "lib/extract/x.c: nowhere.h: not in its own folder" \
	"a bare header of another folder is caught"
is "$(echo "$out" | grep -c 'cmd/fe/cli.c')" 0 "a face of a lower floor passes"

# A file the map leaves out, or names under another folder, is caught.
printf 'util/     err.c errors\ntext/     x.c, vntext.c named under text only\n' \
    >"$t/lib/README"
printf '' >"$t/lib/text/x.c"
printf '' >"$t/lib/extract/x.c"
is "$(unmapped "$t")" "lib/extract/x.c" \
	"a file lib/README does not name under its folder is caught"

done_testing
