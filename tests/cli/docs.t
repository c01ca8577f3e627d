#!/bin/sh
# Documentation stays true: every command has a man page, clean under
# mandoc -Tlint, whose options are exactly those its --help lists (the way git
# checks its builtins' usage against their documentation).
. "$(dirname "$0")/lib.sh"

# Options named in --help: -x, --long and grouped -xyz tokens.
help_opts() {
	"$1" --help | grep -oE '(^|[][ ,|])--?[a-zA-Z][-a-zA-Z0-9]*' |
		sed 's/^[][ ,|]//' | while read -r o; do
			case $o in
			--*) echo "$o" ;;
			*) echo "${o#-}" | grep -o . | sed 's/^/-/' ;;
			esac
		done | sort -u
}

# Options named in a man page: every argument of an .Fl macro up to the next
# macro (.Fl r , -registry is -r and --registry); grouped short flags (Fl gqhV)
# are split.
man_opts() {
	sed 's/\\-/-/g' "$1" | awk '{
		fl = 0
		for (i = 1; i <= NF; i++) {
			if ($i == "Fl") { fl = 1; continue }
			if ($i ~ /^[A-Z][a-z][a-z]?$/ || $i ~ /^\./) { fl = 0; continue }
			if (fl && $i != "," && $i != "|") print $i
		}
	}' | while read -r o; do
		case $o in
		-*) echo "-$o" ;;
		*) echo "$o" | grep -o . | sed 's/^/-/' ;;
		esac
	done | grep -E '^--?[a-zA-Z]' | sort -u
}

for src in "$TOP"/cmd/*.c; do
	cmd=$BIN/$(basename "$src" .c)
	name=$(basename "$cmd")
	page=$TOP/man/$name.1
	[ -f "$page" ]
	ok $? "$name: man/$name.1 exists"
	[ -f "$page" ] || continue
	lint=$(mandoc -Tlint -Wwarning "$page" 2>&1)
	is "$lint" "" "$name: man page clean under mandoc -Tlint"
	is "$(help_opts "$cmd" | tr '\n' ' ')" "$(man_opts "$page" | tr '\n' ' ')" \
		"$name: --help and the man page list the same options"
	usage=$("$cmd" --help | head -1)
	like "$usage" "^usage: $name " "$name: --help starts with its usage line"
done
for page in $(ls "$TOP"/man/*.[57] 2>/dev/null); do
	lint=$(mandoc -Tlint -Wwarning "$page" 2>&1)
	is "$lint" "" "$(basename "$page"): clean under mandoc -Tlint"
done

done_testing
