# A test page as ImageMagick draw primitives (MVG) from a spec, one
# instruction a line:
#   font FILE         the font of the text that follows (default: mkpages')
#   text LINE         a line of prose across the page
#   gap PX            move down
#   ruled 0|1|v       draw the rules of the rows that follow (default 1;
#                     v: their vertical rules only)
#   border 0|1        draw the table's outer left and right rules (1)
#   cols W W ...      the widths of the columns, in pixels
#   row C|C|...       a row (head: the same); cells split at "|", the lines
#                     of a cell at "/"; a cell "<" is merged with the one
#                     on its left, "^" with the one above
# At 300 dpi on an A4 page (2480x3508): see mkpages.
BEGIN { y = 200; x0 = 150; lh = 58; pad = 14; ruled = 1; border = 1
	print "font-size 11"; print "fill black"; print "stroke-width 3" }
function q(s) { gsub(/'/, "\\'", s); return "'" s "'" }
function rule(xa, ya, xb, yb) { printf "stroke black\nline %d,%d %d,%d\n", xa, ya, xb, yb }
$1 == "text" { sub(/^text /, ""); printf "stroke none\ntext %d,%d %s\n", x0, y + 45, q($0); y += lh + 10; next }
$1 == "font" { printf "font %s\n", q($2); next }
$1 == "gap" { y += $2; next }
$1 == "ruled" { ruled = $2; next }
$1 == "border" { border = $2; next }
$1 == "cols" { nc = NF - 1; xs[0] = x0; for (i = 2; i <= NF; i++) xs[i - 1] = xs[i - 2] + $i; next }
$1 == "head" || $1 == "row" {
	line = $0; sub(/^(head|row) /, "", line)
	n = split(line, cell, "|"); h = 1
	for (i = 1; i <= n; i++) { m = split(cell[i], ls, "/"); if (m > h) h = m }
	rh = h * lh + 2 * pad
	for (i = 1; i <= n; i++) {
		if (cell[i] == "<" || cell[i] == "^") continue
		m = split(cell[i], ls, "/")
		for (k = 1; k <= m; k++) if (ls[k] != "")
			printf "stroke none\ntext %d,%d %s\n", xs[i - 1] + 16, y + pad + (k - 1) * lh + 44, q(ls[k])
	}
	if (ruled) {
		for (i = 1; i <= n && ruled != "v"; i++) if (cell[i] != "^") rule(xs[i - 1], y, xs[i], y)
		if (ruled != "v") rule(xs[0], y + rh, xs[nc], y + rh)
		for (i = 0; i <= nc; i++)
			if ((border || (i > 0 && i < nc)) && cell[i + 1] != "<")
				rule(xs[i], y, xs[i], y + rh)
	}
	y += rh; next }
