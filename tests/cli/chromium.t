#!/bin/sh
# The review pages and the report page in a real browser: headless Chromium
# (Debian package "chromium") loads them from files, with no network.
# Skipped when Chromium is not installed.
. "$(dirname "$0")/lib.sh"
R=$TD/review
CHROME=$(command -v chromium || command -v chromium-browser)
if [ -z "$CHROME" ]; then
	echo "ok 1 # skip no chromium"
	echo "1..1"
	exit 0
fi

# chrome ARGS... URL: run headless Chromium with a fresh profile.
chrome() {
	timeout 120 "$CHROME" --headless --no-sandbox --disable-gpu \
		--disable-background-networking --disable-component-update \
		--disable-sync --no-first-run --hide-scrollbars \
		--user-data-dir="$(mktemp -d "$T/profile.XXXXXX")" \
		--virtual-time-budget=5000 "$@" 2>>chrome.log
}

# probe PAGE: a copy of PAGE beside it whose load handler writes what the
# browser made of its images into the DOM (the pages themselves have no
# scripts): natural sizes in data-images, the first one's box in data-box.
probe() {
	sed 's#</body>#<script>addEventListener("load",function(){var s=[],im=document.images;for(var i=0;i<im.length;i++)s.push(im[i].naturalWidth+"x"+im[i].naturalHeight);document.body.setAttribute("data-images",s.join(" "));if(im.length){var b=im[0].getBoundingClientRect();document.body.setAttribute("data-box",Math.round(b.width-2)+"x"+Math.round(b.height-2)+"+"+Math.round(b.left+1)+"+"+Math.round(b.top+1))}})</script></body>#' \
		"$1" >"${1%.html}.probe.html"
}

landrec-review -q --html site --base "$R" "$R/records.jsonl"
landrec-report -q --html site/report.html "$R/records.jsonl" "$R/rejects.jsonl" >/dev/null
probe site/QD-2016-0005.html

dom=$(chrome --dump-dom "file://$T/site/index.html")
like "$dom" '<title>Hồ sơ cần kiểm tra</title>' "the index loads and its Vietnamese title decodes"
is "$(printf '%s' "$dom" | grep -o 'href="QD-[0-9-]*\.html"' | wc -l)" 2 \
	"the index links both document pages"

dom=$(chrome --dump-dom "file://$T/site/QD-2016-0005.probe.html")
like "$dom" 'Quàng Thị Hoà' "the document page shows Vietnamese names"
imgs=$(printf '%s' "$dom" | sed -n 's/.*data-images="\([^"]*\)".*/\1/p')
is "$(echo $imgs | wc -w)" 4 "the document page has its four crops"
ok "$(echo $imgs | tr ' ' '\n' | grep -c '^0x')" "every crop decodes ($imgs)"
like "$dom" '<td class="value">1230.5</td>' "the value read is shown"
box=$(printf '%s' "$dom" | sed -n 's/.*data-box="\([^"]*\)".*/\1/p')

chrome --screenshot="$T/shot.png" --window-size=1200,1600 \
	"file://$T/site/QD-2016-0005.html" >/dev/null
ok $? "a screenshot is taken"
mean=$(convert shot.png -crop "$box" +repage -format '%[fx:mean]' info: 2>/dev/null)
ok "$(awk -v m="$mean" 'BEGIN { print (m > 0.3 && m < 0.98) ? 0 : 1 }')" \
	"the first crop's area on screen is not blank (box $box, mean $mean)"

dom=$(chrome --dump-dom "file://$T/site/report.html")
is "$(printf '%s' "$dom" | grep -o '<rect' | wc -l)" 8 "the report's bar charts render"
like "$dom" 'Tiến độ số hóa' "the report title decodes"

done_testing
